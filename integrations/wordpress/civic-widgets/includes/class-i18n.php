<?php
/**
 * The plugin's own words (admin, editor, fallback) in the reader's language.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Loads languages/civic-widgets-<locale>.mo (English is the source; Polish and German are
 * shipped), falls back from a regional locale to its language's file (de_AT → de_DE), and
 * hands the same translations to the editor script, so one .po file serves PHP and JavaScript.
 */
final class I18n {

	public const DOMAIN = 'civic-widgets';

	/** Hooks. */
	public static function boot(): void {
		add_filter( 'load_textdomain_mofile', array( self::class, 'language_fallback' ), 10, 2 );
		// Before the blocks register (init, 10): their titles are translated from block.json.
		add_action( 'init', array( self::class, 'load' ), 1 );
	}

	/** Loads the translations of the current locale (the user's in the admin, the site's outside). */
	public static function load(): void {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}

	/**
	 * A missing civic-widgets-de_AT.mo becomes civic-widgets-de_DE.mo (any file of the language).
	 *
	 * @param string $mofile The file WordPress looks for.
	 * @param string $domain Text domain.
	 */
	public static function language_fallback( string $mofile, string $domain ): string {
		if ( self::DOMAIN !== $domain || is_readable( $mofile ) || ! preg_match( '/-([a-z]{2,3})(_[A-Za-z0-9_]+)?\.mo$/', $mofile, $match ) ) {
			return $mofile;
		}
		$same_language = glob( dirname( $mofile ) . '/' . self::DOMAIN . '-' . $match[1] . '*.mo' );
		return $same_language ? $same_language[0] : $mofile;
	}

	/**
	 * The languages the library speaks (its locale files in lib/locales/), for the editor's choice.
	 *
	 * @return string[]
	 */
	public static function element_languages(): array {
		$files = glob( PLUGIN_DIR . '/lib/locales/*.json' );
		return array_map( static fn( string $file ): string => basename( $file, '.json' ), $files ? $files : array() );
	}

	/**
	 * Gives a script the loaded translations (wp.i18n locale data), built from the .mo file.
	 *
	 * @param string $handle Script handle.
	 */
	public static function script_translations( string $handle ): void {
		$translations = get_translations_for_domain( self::DOMAIN );
		$data         = array(
			'' => array(
				'domain'       => self::DOMAIN,
				'lang'         => determine_locale(),
				'plural-forms' => $translations instanceof \Translations ? (string) $translations->get_header( 'Plural-Forms' ) : 'nplurals=2; plural=n != 1;',
			),
		);
		foreach ( $translations instanceof \Translations ? $translations->entries : array() as $entry ) {
			$key          = ( $entry->context ? $entry->context . "\u{0004}" : '' ) . $entry->singular;
			$data[ $key ] = $entry->translations;
		}
		wp_add_inline_script( $handle, 'wp.i18n.setLocaleData( ' . wp_json_encode( $data ) . ', ' . wp_json_encode( self::DOMAIN ) . ' );', 'before' );
	}
}
