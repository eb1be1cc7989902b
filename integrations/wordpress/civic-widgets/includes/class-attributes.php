<?php
/**
 * Block and shortcode attributes, checked against block.json before they reach the page.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Turns what an author wrote (block attributes or shortcode attributes) into clean, typed
 * values. Anyone who can write a post can set these, so nothing is trusted: types follow
 * block.json, enums are enforced, URLs must be http(s) or relative.
 */
final class Attributes {

	/** Attributes holding a URL (or a URL template with {lang}, {z}, {x}, {y}, {lat}, …). */
	private const URLS = array( 'src', 'newsSrc', 'tileUrl', 'tileAttributionUrl', 'directionsUrl' );

	/** Longest text an attribute may hold. */
	private const MAX_LENGTH = 2000;

	/**
	 * Shortcode attributes (element spelling `page-size`, or `page_size`, or the block's
	 * `pagesize`) as block attributes. A bare word (`[civic_article_cards featured]`) is true.
	 *
	 * @param string                    $name  Element name.
	 * @param array<int|string, string> $atts  What shortcode_parse_atts() returned.
	 * @return array<string, mixed> Clean block attributes.
	 */
	public static function from_shortcode( string $name, array $atts ): array {
		$known = array();
		foreach ( array_keys( Elements::attributes( $name ) ) as $attribute ) {
			$known[ strtolower( $attribute ) ] = $attribute;
		}
		$values = array();
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) ) {
				$key   = (string) $value;
				$value = true;
			}
			$camel = strtolower( Elements::to_camel( (string) $key ) );
			if ( isset( $known[ $camel ] ) ) {
				$values[ $known[ $camel ] ] = $value;
			}
		}
		if ( isset( $values['siteCategories'] ) && ! is_array( $values['siteCategories'] ) ) {
			$values['siteCategories'] = self::category_ids( explode( ',', (string) $values['siteCategories'] ) );
		}
		return self::sanitize( $name, $values );
	}

	/**
	 * Block attributes checked against the element's block.json; unknown or invalid ones are dropped.
	 *
	 * @param string               $name   Element name.
	 * @param array<string, mixed> $values Attributes as stored in the post.
	 * @return array<string, mixed>
	 */
	public static function sanitize( string $name, array $values ): array {
		$clean = array();
		foreach ( Elements::attributes( $name ) as $attribute => $schema ) {
			if ( ! array_key_exists( $attribute, $values ) || null === $values[ $attribute ] ) {
				continue;
			}
			$value = self::value( $attribute, $schema, $values[ $attribute ] );
			if ( null !== $value ) {
				$clean[ $attribute ] = $value;
			}
		}
		return $clean;
	}

	/**
	 * One attribute value of the type block.json gives, or null when it does not fit.
	 *
	 * @param string               $attribute Block attribute name.
	 * @param array<string, mixed> $schema    Its block.json schema.
	 * @param mixed                $value     What the author wrote.
	 * @return mixed
	 */
	private static function value( string $attribute, array $schema, mixed $value ): mixed {
		switch ( $schema['type'] ?? 'string' ) {
			case 'boolean':
				return is_bool( $value ) ? $value : filter_var( $value, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE );
			case 'integer':
				$number = filter_var( $value, FILTER_VALIDATE_INT );
				return false === $number ? null : max( -1000000, min( 1000000, $number ) );
			case 'number':
				$number = filter_var( $value, FILTER_VALIDATE_FLOAT );
				return false === $number || ! is_finite( $number ) ? null : max( -1000000.0, min( 1000000.0, $number ) );
			case 'array':
				return is_array( $value ) ? array_values( array_filter( array_map( 'absint', $value ) ) ) : null;
		}
		if ( ! is_scalar( $value ) ) {
			return null;
		}
		$text = trim( (string) $value );
		if ( isset( $schema['enum'] ) ) {
			return in_array( $text, $schema['enum'], true ) ? $text : null;
		}
		if ( in_array( $attribute, self::URLS, true ) ) {
			return '' === $text ? null : self::url( $text );
		}
		if ( 'lang' === $attribute ) {
			return preg_match( '/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/', $text ) ? $text : null;
		}
		$text = sanitize_text_field( $text );
		return '' === $text ? null : mb_substr( $text, 0, self::MAX_LENGTH );
	}

	/**
	 * A URL or URL template that may go into a page: http(s), protocol-relative or a path on
	 * this site; no other scheme (javascript:, data:), no spaces, quotes or angle brackets.
	 * Braces stay, for {lang} and tile templates (esc_url would remove them).
	 */
	public static function url( string $url ): ?string {
		$url = trim( $url );
		if ( '' === $url || strlen( $url ) > self::MAX_LENGTH || preg_match( '/[\s"\'<>\\\\`\x00-\x1f\x7f]/', $url ) ) {
			return null;
		}
		if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $url, $match ) ) {
			$scheme = strtolower( $match[1] );
			return in_array( $scheme, array( 'http', 'https' ), true ) && preg_match( '#^https?://[^/?\#]+#i', $url ) ? $url : null;
		}
		return $url;
	}

	/**
	 * The site's category IDs for a list of IDs, slugs or names (from a shortcode).
	 *
	 * @param string[] $items IDs, slugs or names.
	 * @return int[]
	 */
	public static function category_ids( array $items ): array {
		$ids = array();
		foreach ( $items as $item ) {
			$item = trim( $item );
			if ( '' === $item ) {
				continue;
			}
			$term = ctype_digit( $item ) ? get_term( (int) $item, 'category' ) : ( get_term_by( 'slug', sanitize_title( $item ), 'category' ) ?: get_term_by( 'name', $item, 'category' ) );
			if ( $term instanceof \WP_Term ) {
				$ids[] = (int) $term->term_id;
			}
		}
		return array_values( array_unique( $ids ) );
	}
}
