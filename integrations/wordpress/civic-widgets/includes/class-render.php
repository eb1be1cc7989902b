<?php
/**
 * One element in a page: its tag, its attributes and its fallback inside.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Writes `<civic-…>` with escaped attributes and the fallback, and asks for the library.
 * Blocks and shortcodes both end here, so they behave alike.
 */
final class Render {

	/**
	 * The element's HTML.
	 *
	 * @param string                $name    Element name.
	 * @param array<string, mixed>  $attrs   Clean block attributes.
	 * @param \WP_Post|null         $post    The post holding it.
	 * @param string                $wrapper The block's own attributes (class, id), already escaped
	 *                                       by get_block_wrapper_attributes().
	 */
	public static function element( string $name, array $attrs, ?\WP_Post $post, string $wrapper = '' ): string {
		$html = Site_Defaults::element_attributes( $name, $attrs, $post );
		if ( self::needs_file( $name ) && ! isset( $html['src'] ) ) {
			return self::missing_file( $name );
		}
		Assets::enqueue( $name );
		$out = '<' . Elements::tag( $name ) . ( '' === $wrapper ? '' : ' ' . $wrapper );
		foreach ( $html as $attribute => $value ) {
			$out .= ' ' . esc_attr( $attribute ) . ( true === $value ? '' : '="' . esc_attr( $value ) . '"' );
		}
		return $out . '>' . Fallback::render( $name, $attrs, $html ) . '</' . Elements::tag( $name ) . '>';
	}

	/** The map and the panel show a file; without one there is nothing to show. */
	private static function needs_file( string $name ): bool {
		return in_array( $name, array( 'attractions-map', 'partnership-panel' ), true );
	}

	/**
	 * No data file chosen (or the chosen one is invalid): nothing for visitors (an error box on
	 * a public page helps no one), a pointer to the settings in the editor's preview.
	 */
	private static function missing_file( string $name ): string {
		if ( ! self::is_editor_preview() ) {
			return '';
		}
		$message = 'attractions-map' === $name
			? __( 'Choose the attractions file (GeoJSON) in Settings → Civic Widgets, or give this block a feed address.', 'civic-widgets' )
			: __( 'Choose the partnership file (JSON) in Settings → Civic Widgets, or give this block a file address.', 'civic-widgets' );
		return '<p class="civic-widgets-editor-notice">' . esc_html( $message ) . '</p>';
	}

	/** Whether this is the block editor's preview (ServerSideRender asks with context=edit). */
	public static function is_editor_preview(): bool {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only flag, no action taken.
		return defined( 'REST_REQUEST' ) && REST_REQUEST && 'edit' === ( $_GET['context'] ?? '' );
	}
}
