<?php
/**
 * Shared pieces of the server-rendered fallback.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The fallback is plain HTML inside the element (light DOM): what visitors without JavaScript
 * and search engines get. The elements render into a shadow root without a slot for it, so
 * the browser stops showing it the moment an element starts; assets/fallback/ gives it about the
 * element's height meanwhile, so the page does not jump.
 */
final class Fallback {

	/**
	 * The fallback of one element.
	 *
	 * @param string                     $name Element name.
	 * @param array<string, mixed>       $attrs Clean block attributes.
	 * @param array<string, string|true> $html  The element's HTML attributes.
	 */
	public static function render( string $name, array $attrs, array $html ): string {
		$lang = is_string( $html['lang'] ?? null ) ? Language::from_locale( $html['lang'] ) : Language::current();
		$body = match ( $name ) {
			'news-ticker'       => Fallback_News::ticker( $attrs, $lang ),
			'article-cards'     => Fallback_News::cards( $attrs, $lang ),
			'attractions-map'   => Fallback_Attractions::render( $attrs, $lang, is_string( $html['src'] ?? null ) ? $html['src'] : '' ),
			'partnership-panel' => Fallback_Partnership::render( $attrs, $lang ),
			default             => '',
		};
		if ( '' === $body ) {
			return '';
		}
		// The cards' layout decides the fallback's grid, as it decides the element's.
		$layout = 'article-cards' === $name ? ' data-layout="' . esc_attr( (string) ( $attrs['layout'] ?? 'grid' ) ) . '"' : '';
		return '<div class="civic-fallback civic-fallback--' . esc_attr( $name ) . '"' . $layout . '>' . $body . '</div>';
	}

	/** An h2–h6 tag name for a heading level, clamped. */
	public static function heading( int $level ): string {
		return 'h' . max( 2, min( 6, $level ) );
	}

	/**
	 * A `<time>` for a timestamp, in the site's date format (WordPress translates month names).
	 *
	 * @param int $timestamp Unix time.
	 */
	public static function time( int $timestamp ): string {
		return '<time datetime="' . esc_attr( gmdate( 'c', $timestamp ) ) . '">' . esc_html( wp_date( (string) get_option( 'date_format' ), $timestamp ) ) . '</time>';
	}

	/**
	 * A link target from a data file that is safe to print: http(s), or relative to the file.
	 *
	 * @param mixed  $url  The URL in the file.
	 * @param string $base The file's own URL.
	 */
	public static function link( mixed $url, string $base ): string {
		if ( ! is_string( $url ) || null === Attributes::url( $url ) ) {
			return '';
		}
		if ( ! preg_match( '#^(https?:)?//#i', $url ) && '' !== $base ) {
			$url = \WP_Http::make_absolute_url( $url, $base );
		}
		return esc_url( $url, array( 'http', 'https' ) );
	}
}
