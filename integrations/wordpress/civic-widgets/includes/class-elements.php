<?php
/**
 * The four elements: one list drives the blocks, the shortcodes, the defaults and the fallbacks.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * What each element is called in HTML, in the block editor and in shortcodes, and which of its
 * block attributes are the plugin's own rather than the element's.
 */
final class Elements {

	/**
	 * Block attributes that are not element attributes: `siteCategories` picks the site's
	 * categories (IDs) for the REST feed, `count` how many posts it loads, `miniMap` turns on the
	 * panel's map with the site's tile server.
	 */
	private const PLUGIN_ATTRIBUTES = array( 'siteCategories', 'count', 'miniMap' );

	/**
	 * Attributes that decide which other servers a visitor's browser contacts. They come from the
	 * site settings; a block or shortcode may set them only when its post's author may manage
	 * the site's options.
	 */
	public const PRIVACY_ATTRIBUTES = array( 'consent', 'tile-url', 'tile-attribution', 'tile-attribution-url', 'max-zoom' );

	/** @var array<string, array{tag: string, shortcode: string}> */
	private const ALL = array(
		'news-ticker'       => array(
			'tag'       => 'civic-news-ticker',
			'shortcode' => 'civic_news_ticker',
		),
		'article-cards'     => array(
			'tag'       => 'civic-article-cards',
			'shortcode' => 'civic_article_cards',
		),
		'attractions-map'   => array(
			'tag'       => 'civic-attractions-map',
			'shortcode' => 'civic_attractions_map',
		),
		'partnership-panel' => array(
			'tag'       => 'civic-partnership-panel',
			'shortcode' => 'civic_partnership_panel',
		),
	);

	/** @var array<string, array<string, array<string, mixed>>> Block attributes read from block.json, by element. */
	private static array $attributes = array();

	/**
	 * The element names: news-ticker, article-cards, attractions-map, partnership-panel.
	 *
	 * @return string[]
	 */
	public static function names(): array {
		return array_keys( self::ALL );
	}

	/** The HTML tag of an element, e.g. civic-news-ticker. */
	public static function tag( string $name ): string {
		return self::ALL[ $name ]['tag'];
	}

	/** The shortcode of an element, e.g. civic_news_ticker. */
	public static function shortcode( string $name ): string {
		return self::ALL[ $name ]['shortcode'];
	}

	/** The block name of an element, e.g. civic-widgets/news-ticker. */
	public static function block( string $name ): string {
		return 'civic-widgets/' . $name;
	}

	/** The folder holding an element's block.json. */
	public static function block_dir( string $name ): string {
		return PLUGIN_DIR . '/blocks/' . $name;
	}

	/**
	 * The block attributes of an element as block.json declares them (camelCase name => schema).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function attributes( string $name ): array {
		if ( ! isset( self::$attributes[ $name ] ) ) {
			$json                      = file_get_contents( self::block_dir( $name ) . '/block.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
			$meta                      = json_decode( (string) $json, true );
			self::$attributes[ $name ] = is_array( $meta['attributes'] ?? null ) ? $meta['attributes'] : array();
		}
		return self::$attributes[ $name ];
	}

	/** Whether a block attribute is the plugin's own (not passed to the element as it is). */
	public static function is_plugin_attribute( string $attribute ): bool {
		return in_array( $attribute, self::PLUGIN_ATTRIBUTES, true );
	}

	/** The element's attribute for a block attribute: pageSize → page-size. */
	public static function to_kebab( string $camel ): string {
		return strtolower( (string) preg_replace( '/[A-Z]/', '-$0', $camel ) );
	}

	/** The block attribute for an element or shortcode attribute: page-size (or page_size) → pageSize. */
	public static function to_camel( string $kebab ): string {
		return lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '-', '_' ), ' ', strtolower( $kebab ) ) ) ) );
	}
}
