<?php
/**
 * The fallback of the ticker and the cards: the same latest posts the REST feed gives.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Latest posts as links. Only for the site's own posts: for a feed from elsewhere (`src`) the
 * server has nothing it could show.
 */
final class Fallback_News {

	/**
	 * The ticker's fallback: a label and the headlines, each with its date.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @param string               $lang  Language.
	 */
	public static function ticker( array $attrs, string $lang ): string {
		$posts = self::posts( $attrs, (int) ( $attrs['limit'] ?? 10 ) );
		if ( ! $posts ) {
			return '';
		}
		$label = (string) ( $attrs['label'] ?? Labels::get( 'ticker.label', $lang ) );
		$items = '';
		foreach ( $posts as $post ) {
			$items .= '<li><a href="' . esc_url( get_permalink( $post ) ) . '">' . esc_html( self::title( $post ) ) . '</a> ' . Fallback::time( (int) get_post_timestamp( $post ) ) . '</li>';
		}
		return '<p class="civic-fallback__label">' . esc_html( $label ) . '</p><ul class="civic-fallback__headlines">' . $items . '</ul>';
	}

	/**
	 * The cards' fallback: the first page of cards (image, categories, title, date, author,
	 * excerpt) and, when there are more, a link to the rest.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @param string               $lang  Language.
	 */
	public static function cards( array $attrs, string $lang ): string {
		$page_size = max( 1, min( 100, (int) ( $attrs['pageSize'] ?? 6 ) ) );
		$posts     = self::posts( $attrs, $page_size + 1 );
		if ( ! $posts ) {
			return '';
		}
		$more    = count( $posts ) > $page_size;
		$posts   = array_slice( $posts, 0, $page_size );
		$heading = Fallback::heading( (int) ( $attrs['headingLevel'] ?? 3 ) );
		$compact = 'compact' === ( $attrs['layout'] ?? 'grid' );
		$cards   = '';
		foreach ( $posts as $index => $post ) {
			$link   = esc_url( get_permalink( $post ) );
			$media  = $compact ? '' : self::media( $post );
			$chips  = self::categories( $post );
			$author = get_the_author_meta( 'display_name', (int) $post->post_author );
			$meta   = Fallback::time( (int) get_post_timestamp( $post ) ) . ( $author ? ' · ' . esc_html( $author ) : '' );
			$class  = 0 === $index && ! empty( $attrs['featured'] ) ? ' civic-fallback__card--featured' : '';
			$cards .= '<li class="civic-fallback__card' . $class . '">' . $media
				. ( $chips && ! $compact ? '<p class="civic-fallback__chips">' . $chips . '</p>' : '' )
				. '<' . $heading . ' class="civic-fallback__title"><a href="' . $link . '">' . esc_html( self::title( $post ) ) . '</a></' . $heading . '>'
				. '<p class="civic-fallback__meta">' . $meta . '</p>'
				. ( $compact ? '' : '<p class="civic-fallback__excerpt">' . esc_html( self::excerpt( $post ) ) . '</p>' )
				. '</li>';
		}
		$footer = $more ? '<p class="civic-fallback__more"><a href="' . esc_url( self::archive_url( $attrs ) ) . '">' . esc_html( Labels::get( 'cards.loadMore', $lang ) ) . '</a></p>' : '';
		return '<ul class="civic-fallback__cards">' . $cards . '</ul>' . $footer;
	}

	/**
	 * The posts the REST feed lists (published, newest first, in the chosen categories).
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @param int                  $count How many.
	 * @return \WP_Post[]
	 */
	private static function posts( array $attrs, int $count ): array {
		if ( isset( $attrs['src'] ) ) {
			return array();
		}
		$categories = self::category_ids( $attrs );
		$query      = array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'posts_per_page'      => max( 1, min( 100, $count ) ),
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
			'has_password'        => false,
		);
		if ( $categories ) {
			$query['category__in'] = $categories;
		}
		return get_posts( $query + array( 'suppress_filters' => false ) );
	}

	/**
	 * The categories the feed asks for.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @return int[]
	 */
	private static function category_ids( array $attrs ): array {
		if ( ! empty( $attrs['siteCategories'] ) ) {
			return $attrs['siteCategories'];
		}
		return isset( $attrs['category'] ) ? Attributes::category_ids( explode( ',', (string) $attrs['category'] ) ) : array();
	}

	/** A post's title as plain text (as the REST feed's title.rendered, with entities decoded). */
	private static function title( \WP_Post $post ): string {
		return html_entity_decode( wp_strip_all_tags( get_the_title( $post ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}

	/** A post's excerpt as plain text, about as long as the element shows. */
	private static function excerpt( \WP_Post $post ): string {
		$text = html_entity_decode( wp_strip_all_tags( get_the_excerpt( $post ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		return wp_trim_words( $text, 30, '…' );
	}

	/** The featured image in a box of the element's aspect ratio (16:9), or an empty box. */
	private static function media( \WP_Post $post ): string {
		$image = get_the_post_thumbnail(
			$post,
			'medium_large',
			array(
				'class'   => 'civic-fallback__image',
				'loading' => 'lazy',
				'alt'     => trim( (string) get_post_meta( (int) get_post_thumbnail_id( $post ), '_wp_attachment_image_alt', true ) ),
			)
		);
		return '<div class="civic-fallback__media">' . $image . '</div>';
	}

	/** The post's categories as text, without WordPress's placeholder category. */
	private static function categories( \WP_Post $post ): string {
		$names = array();
		foreach ( get_the_category( $post->ID ) as $term ) {
			if ( (int) get_option( 'default_category' ) !== (int) $term->term_id ) {
				$names[] = '<span>' . esc_html( $term->name ) . '</span>';
			}
		}
		return implode( ' ', $names );
	}

	/**
	 * Where the rest of the posts are: the category's archive, else the posts page.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 */
	private static function archive_url( array $attrs ): string {
		$categories = self::category_ids( $attrs );
		if ( 1 === count( $categories ) ) {
			$link = get_category_link( $categories[0] );
			if ( $link ) {
				return $link;
			}
		}
		$page = (int) get_option( 'page_for_posts' );
		return $page ? (string) get_permalink( $page ) : home_url( '/' );
	}
}
