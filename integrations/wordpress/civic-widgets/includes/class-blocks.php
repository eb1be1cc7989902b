<?php
/**
 * The four blocks and the four shortcodes.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers each block from its block.json (dynamic: rendered by PHP on every view, so the
 * saved post holds only the block's comment and never fails validation when the markup
 * changes) and its shortcode; both render through Render::element().
 */
final class Blocks {

	public const EDITOR = 'civic-widgets-editor';

	/** Hooks. */
	public static function boot(): void {
		add_action( 'init', array( self::class, 'register' ) );
		add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_data' ) );
	}

	/** Registers the editor script, the blocks and the shortcodes. */
	public static function register(): void {
		wp_register_script(
			self::EDITOR,
			plugins_url( 'assets/editor.js', PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render', 'wp-data', 'wp-core-data' ),
			VERSION . '.' . filemtime( PLUGIN_DIR . '/assets/editor.js' ),
			true
		);
		// The preview is the server's HTML, fallback included: its styles too.
		$fallbacks = array_map( array( Assets::class, 'fallback_handle' ), Elements::names() );
		wp_register_style( self::EDITOR, plugins_url( 'assets/editor.css', PLUGIN_FILE ), $fallbacks, VERSION . '.' . filemtime( PLUGIN_DIR . '/assets/editor.css' ) );
		foreach ( Elements::names() as $name ) {
			register_block_type(
				Elements::block_dir( $name ),
				array(
					'render_callback' => static fn( array $attributes, string $content, \WP_Block $block ): string => self::render_block( $name, $attributes, $block ),
				)
			);
			add_shortcode(
				Elements::shortcode( $name ),
				static fn( $atts ): string => Render::element( $name, Attributes::from_shortcode( $name, is_array( $atts ) ? $atts : array() ), get_post() )
			);
		}
	}

	/**
	 * One block.
	 *
	 * @param string               $name       Element name.
	 * @param array<string, mixed> $attributes Block attributes.
	 * @param \WP_Block            $block      The block.
	 */
	private static function render_block( string $name, array $attributes, \WP_Block $block ): string {
		$post = isset( $block->context['postId'] ) ? get_post( (int) $block->context['postId'] ) : get_post();
		return Render::element( $name, Attributes::sanitize( $name, $attributes ), $post instanceof \WP_Post ? $post : null, get_block_wrapper_attributes() );
	}

	/**
	 * What the editor script needs from the server: where the library and theme are, whether
	 * the data files are chosen and valid, and the plugin's words in the editor's language.
	 */
	public static function editor_data(): void {
		$files = array();
		foreach ( Data_Files::KINDS as $key => $kind ) {
			$status         = Data_Files::status( $key );
			$files[ $kind ] = null === $status ? 'none' : ( $status['ok'] ? 'ok' : 'invalid' );
		}
		$theme = Settings::get( 'theme' );
		$data  = array(
			'library'     => Assets::library_url(),
			'fallbackCss' => array_merge( array( plugins_url( 'assets/fallback/fallback.css', PLUGIN_FILE ) ), array_map( array( Assets::class, 'fallback_url' ), Elements::names() ) ),
			'themeCss'    => in_array( $theme, Settings::THEMES, true ) ? plugins_url( 'lib/themes/' . $theme . '.css', PLUGIN_FILE ) : null,
			'accentCss'   => 'accent' === $theme ? Accent::css( (string) Settings::get( 'accent' ) ) : null,
			'files'       => $files,
			'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=civic-widgets' ) : null,
			'languages'   => I18n::element_languages(),
		);
		wp_add_inline_script( self::EDITOR, 'window.civicWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
		I18n::script_translations( self::EDITOR );
	}
}
