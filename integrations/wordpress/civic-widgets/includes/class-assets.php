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
		wp_register_style( self::FALLBACK, plugins_url( 'assets/fallback/fallback.css', PLUGIN_FILE ), array(), self::version( 'assets/fallback/fallback.css' ) );
		foreach ( Elements::names() as $name ) {
			wp_register_style( self::fallback_handle( $name ), self::fallback_url( $name ), array( self::FALLBACK ), self::version( 'assets/fallback/' . $name . '.css' ) );
		}
		$theme = Settings::get( 'theme' );
		if ( in_array( $theme, Settings::THEMES, true ) ) {
			wp_register_style( self::THEME, plugins_url( 'lib/themes/' . $theme . '.css', PLUGIN_FILE ), array(), self::version( 'lib/themes/' . $theme . '.css' ) );
		} elseif ( 'accent' === $theme ) {
			wp_register_style( self::THEME, false, array(), VERSION );
			wp_add_inline_style( self::THEME, Accent::css( (string) Settings::get( 'accent' ) ) );
		}
	}

	/** The style handle of an element's fallback. */
	public static function fallback_handle( string $name ): string {
		return self::FALLBACK . '-' . $name;
	}

	/** The stylesheet of an element's fallback. */
	public static function fallback_url( string $name ): string {
		return plugins_url( 'assets/fallback/' . $name . '.css', PLUGIN_FILE );
	}

	/** Puts the library, its theme and the element's fallback styles on this page. */
	public static function enqueue( string $name ): void {
		wp_enqueue_script( self::LIBRARY );
		wp_enqueue_style( self::fallback_handle( $name ) );
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
			foreach ( $post instanceof \WP_Post ? Elements::names() : array() as $name ) {
				if ( has_block( Elements::block( $name ), $post->post_content ) || has_shortcode( $post->post_content, Elements::shortcode( $name ) ) ) {
					self::enqueue( $name );
				}
			}
		}
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
