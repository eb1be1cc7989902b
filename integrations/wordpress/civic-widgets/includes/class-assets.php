<?php
/**
 * The library (shipped in lib/, no CDN), its theme and the fallback's styles: loaded only on
 * pages that show an element.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the assets and enqueues them when a block or shortcode renders, or earlier when
 * the page's posts visibly use one (so classic themes get them in the head, not the footer).
 */
final class Assets {

	public const LIBRARY  = 'civic-widgets';
	public const FALLBACK = 'civic-widgets-fallback';
	public const THEME    = 'civic-widgets-theme';

	/** Hooks. */
	public static function boot(): void {
		add_action( 'init', array( self::class, 'register' ), 5 );
		add_action( 'wp_enqueue_scripts', array( self::class, 'enqueue_for_queried_posts' ) );
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 2 );
	}

	/** The library's URL, for the editor (which loads it into its canvas itself). */
	public static function library_url(): string {
		return add_query_arg( 'ver', self::version( 'lib/civic-widgets.js' ), plugins_url( 'lib/civic-widgets.js', PLUGIN_FILE ) );
	}

	/** Registers the library, the fallback styles and the theme. */
	public static function register(): void {
		wp_register_script( self::LIBRARY, plugins_url( 'lib/civic-widgets.js', PLUGIN_FILE ), array(), self::version( 'lib/civic-widgets.js' ), false );
		wp_register_style( self::FALLBACK, plugins_url( 'assets/fallback.css', PLUGIN_FILE ), array(), self::version( 'assets/fallback.css' ) );
		$theme = Settings::get( 'theme' );
		if ( in_array( $theme, Settings::THEMES, true ) ) {
			wp_register_style( self::THEME, plugins_url( 'lib/themes/' . $theme . '.css', PLUGIN_FILE ), array(), self::version( 'lib/themes/' . $theme . '.css' ) );
		} elseif ( 'accent' === $theme ) {
			wp_register_style( self::THEME, false, array(), VERSION );
			wp_add_inline_style( self::THEME, Accent::css( (string) Settings::get( 'accent' ) ) );
		}
	}

	/** Puts the library, its theme and the fallback styles on this page. */
	public static function enqueue(): void {
		wp_enqueue_script( self::LIBRARY );
		wp_enqueue_style( self::FALLBACK );
		if ( wp_style_is( self::THEME, 'registered' ) ) {
			wp_enqueue_style( self::THEME );
		}
	}

	/**
	 * In the head already when a post on this page uses a block or shortcode (a classic theme
	 * renders content after the head; the fallback's styles must not arrive late).
	 */
	public static function enqueue_for_queried_posts(): void {
		global $wp_query;
		foreach ( is_object( $wp_query ) ? (array) $wp_query->posts : array() as $post ) {
			if ( $post instanceof \WP_Post && self::uses_element( $post->post_content ) ) {
				self::enqueue();
				return;
			}
		}
	}

	/** Whether content holds one of the blocks or shortcodes. */
	public static function uses_element( string $content ): bool {
		foreach ( Elements::names() as $name ) {
			if ( has_block( Elements::block( $name ), $content ) || has_shortcode( $content, Elements::shortcode( $name ) ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The library is an ES module: `<script type="module">` (WordPress 6.1 has no module API).
	 *
	 * @param string $tag    The script tag(s) WordPress wrote.
	 * @param string $handle The script's handle.
	 */
	public static function module_tag( string $tag, string $handle ): string {
		if ( self::LIBRARY !== $handle ) {
			return $tag;
		}
		return (string) preg_replace_callback(
			'#<script\b([^>]*\bid=[\'"]' . self::LIBRARY . '-js[\'"][^>]*)>#',
			static fn( array $m ): string => '<script type="module"' . preg_replace( '#\s+type=([\'"])[^\'"]*\1#', '', $m[1] ) . '>',
			$tag
		);
	}

	/** A file's version for cache busting: its modification time (builds change it). */
	private static function version( string $file ): string {
		$path = PLUGIN_DIR . '/' . $file;
		return is_readable( $path ) ? VERSION . '.' . filemtime( $path ) : VERSION;
	}
}
