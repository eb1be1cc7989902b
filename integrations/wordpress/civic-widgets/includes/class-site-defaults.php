<?php
/**
 * What an element gets from the site when the author left it unset: its own posts from the
 * REST API, the chosen data files, the map settings, the page's language and colour scheme.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the element's HTML attributes (kebab-case name => value, true for a bare boolean)
 * from clean block attributes and the site.
 */
final class Site_Defaults {

	/** OpenStreetMap's standard tiles, the library's own default, for the panel's mini-map. */
	private const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

	/** The REST embeds the elements read: author, featured image, categories. */
	private const EMBED = 'author,wp:featuredmedia,wp:term';

	/**
	 * The element's attributes.
	 *
	 * @param string               $name  Element name.
	 * @param array<string, mixed> $attrs Clean block attributes (Attributes::sanitize).
	 * @param \WP_Post|null        $post  The post holding the block or shortcode.
	 * @return array<string, string|true>
	 */
	public static function element_attributes( string $name, array $attrs, ?\WP_Post $post ): array {
		$html = array();
		foreach ( $attrs as $attribute => $value ) {
			if ( Elements::is_plugin_attribute( $attribute ) || false === $value ) {
				continue;
			}
			$html[ Elements::to_kebab( $attribute ) ] = true === $value ? true : (string) $value;
		}
		if ( ! self::may_set_privacy( $post ) ) {
			$html = array_diff_key( $html, array_flip( Elements::PRIVACY_ATTRIBUTES ) );
		}
		$html += array( 'lang' => Language::current() );
		$scheme = Settings::get( 'scheme' );
		if ( 'auto' !== $scheme ) {
			$html += array( 'theme' => $scheme );
		}
		switch ( $name ) {
			case 'news-ticker':
				$html += array( 'src' => self::posts_url( $attrs, (int) ( $attrs['limit'] ?? 10 ) ) );
				break;
			case 'article-cards':
				$page_size = max( 1, (int) ( $attrs['pageSize'] ?? 6 ) );
				$html     += array( 'src' => self::posts_url( $attrs, (int) ( $attrs['count'] ?? max( 12, 2 * $page_size ) ) ) );
				break;
			case 'attractions-map':
				$html += Settings::map_attributes();
				$file  = self::file_url( 'attractions_id' );
				if ( $file ) {
					$html += array( 'src' => $file );
				}
				break;
			case 'partnership-panel':
				$file = self::file_url( 'partnership_id' );
				if ( $file ) {
					$html += array( 'src' => $file );
				}
				$html += array( 'news-src' => self::partnership_news_url( $attrs ) );
				if ( ! empty( $attrs['miniMap'] ) ) {
					$map   = Settings::map_attributes();
					$html += array( 'tile-url' => $map['tile-url'] ?? self::OSM_TILES );
					$html += $map;
				}
				break;
		}
		// An empty tile-url means "no tiles" to the map; any other empty value means nothing.
		return array_filter( $html, static fn( $value, $key ) => '' !== $value || 'tile-url' === $key, ARRAY_FILTER_USE_BOTH );
	}

	/**
	 * The site's posts from its REST API (`/wp-json/wp/v2/posts?_embed=…`), in the chosen
	 * categories and, with Polylang or WPML, in the page's language.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @param int                  $count How many posts to ask for (1–100).
	 */
	public static function posts_url( array $attrs, int $count ): string {
		$categories = $attrs['siteCategories'] ?? array();
		// A shortcode's `category="Kultura"` names the site's own categories: ask the API for them.
		if ( ! $categories && isset( $attrs['category'] ) ) {
			$categories = Attributes::category_ids( explode( ',', (string) $attrs['category'] ) );
		}
		$args = array(
			'_embed'   => self::EMBED,
			'per_page' => max( 1, min( 100, $count ) ),
		);
		if ( $categories ) {
			$args['categories'] = implode( ',', $categories );
		}
		if ( Language::multilingual_plugin_active() ) {
			$args['lang'] = Language::current();
		}
		// Relative to the site, so a page reached under another domain (or a cache) still works.
		return wp_make_link_relative( add_query_arg( array_map( 'rawurlencode', $args ), rest_url( 'wp/v2/posts' ) ) );
	}

	/**
	 * Whether a block's or shortcode's own tile server and consent setting count: only when its
	 * post's author may manage the site's options (else the site settings decide).
	 *
	 * @param \WP_Post|null $post The post.
	 */
	private static function may_set_privacy( ?\WP_Post $post ): bool {
		return $post instanceof \WP_Post && user_can( (int) $post->post_author, 'manage_options' );
	}

	/**
	 * The URL of a chosen data file when it passed the check.
	 *
	 * @param string $key attractions_id or partnership_id.
	 */
	private static function file_url( string $key ): ?string {
		$status = Data_Files::status( $key );
		if ( ! $status || ! $status['ok'] ) {
			return null;
		}
		$url = wp_get_attachment_url( (int) Settings::get( $key ) );
		return $url ? $url : null;
	}

	/**
	 * Joint news: the site's posts in the category named by the partnership's newsTag (or the
	 * block's news-tag) when the site has one, else its latest posts.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 */
	private static function partnership_news_url( array $attrs ): string {
		$tag = $attrs['newsTag'] ?? null;
		if ( null === $tag ) {
			$data        = Data_Files::usable( 'partnership_id' );
			$partnership = $data && is_array( $data->partnerships ?? null ) ? Fallback_Partnership::pick( $data->partnerships, $attrs['partner'] ?? null ) : null;
			$tag         = is_object( $partnership ) && is_string( $partnership->newsTag ?? null ) ? $partnership->newsTag : null;
		}
		$ids   = $tag ? Attributes::category_ids( array( $tag ) ) : array();
		$limit = (int) ( $attrs['newsLimit'] ?? 3 );
		return self::posts_url( array( 'siteCategories' => $ids ), $ids ? max( $limit, 10 ) : 20 );
	}
}
