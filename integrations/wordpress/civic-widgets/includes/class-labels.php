<?php
/**
 * The elements' own words (their locale files, shipped in lib/locales/), for the fallback.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the library's locale JSON, so the HTML shown before (or without) JavaScript uses the
 * very words the element shows afterwards, in every language the library has.
 */
final class Labels {

	/** @var array<string, array<string, mixed>|null> Decoded locale files by language. */
	private static array $locales = array();

	/**
	 * One word or sentence by its key (`ticker.label`, `panel.steps.talks`), in `$lang`, then
	 * English, then Polish; `{{name}}` placeholders are filled from `$values`.
	 *
	 * @param string                $key    Dotted key in the locale file.
	 * @param string                $lang   Language tag.
	 * @param array<string, string> $values Placeholder values.
	 */
	public static function get( string $key, string $lang, array $values = array() ): string {
		foreach ( array_unique( array( $lang, 'en', 'pl' ) ) as $language ) {
			$text = self::lookup( self::locale( $language ), explode( '.', $key ) );
			if ( null !== $text ) {
				return (string) preg_replace_callback(
					'/\{\{\s*(\w+)\s*\}\}/',
					static fn( array $match ): string => $values[ $match[1] ] ?? $match[0],
					$text
				);
			}
		}
		return $key;
	}

	/**
	 * The locale file of a language, or null when the library has none.
	 *
	 * @return array<string, mixed>|null
	 */
	private static function locale( string $lang ): ?array {
		if ( ! array_key_exists( $lang, self::$locales ) ) {
			$file                   = PLUGIN_DIR . '/lib/locales/' . $lang . '.json';
			$data                   = preg_match( '/^[a-z]{2,3}$/', $lang ) && is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
			self::$locales[ $lang ] = is_array( $data ) ? $data : null;
		}
		return self::$locales[ $lang ];
	}

	/**
	 * The keys under a group, in the locale file's order (e.g. the map's categories).
	 *
	 * @param string $key  Dotted key of the group.
	 * @param string $lang Language.
	 * @return string[]
	 */
	public static function keys( string $key, string $lang ): array {
		foreach ( array_unique( array( $lang, 'en', 'pl' ) ) as $language ) {
			$tree = self::locale( $language );
			foreach ( explode( '.', $key ) as $part ) {
				$tree = is_array( $tree ) ? ( $tree[ $part ] ?? null ) : null;
			}
			if ( is_array( $tree ) ) {
				return array_map( 'strval', array_keys( $tree ) );
			}
		}
		return array();
	}

	/**
	 * A string at a key path of nested arrays.
	 *
	 * @param array<string, mixed>|null $tree Decoded locale file.
	 * @param string[]                  $path Key parts.
	 */
	private static function lookup( ?array $tree, array $path ): ?string {
		foreach ( $path as $part ) {
			if ( ! is_array( $tree ) || ! array_key_exists( $part, $tree ) ) {
				return null;
			}
			$tree = $tree[ $part ];
		}
		return is_string( $tree ) ? $tree : null;
	}

	/**
	 * Text from a data file that may be one string or a map of translations
	 * (`{"pl": "…", "de": "…"}`): the page's language, then the file's, then any.
	 *
	 * @param mixed  $value     A string or a language map (stdClass or array).
	 * @param string $lang      The page's language.
	 * @param string $file_lang The file's language.
	 */
	public static function localized( mixed $value, string $lang, string $file_lang = '' ): string {
		if ( is_string( $value ) ) {
			return $value;
		}
		if ( ! is_array( $value ) && ! is_object( $value ) ) {
			return '';
		}
		$map = array_filter( (array) $value, 'is_string' );
		foreach ( array( $lang, $file_lang ) as $wanted ) {
			foreach ( $map as $tag => $text ) {
				if ( '' !== $wanted && strtolower( strtok( (string) $tag, '-' ) ) === $wanted ) {
					return $text;
				}
			}
		}
		return (string) ( reset( $map ) ?: '' );
	}
}
