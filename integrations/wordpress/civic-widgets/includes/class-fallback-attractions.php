<?php
/**
 * The map's fallback: the categories and the attractions from the chosen GeoJSON file.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The element's legend (categories with their counts) and list (each attraction's name,
 * linked to its website, its category and address), laid out like the element with a box
 * where the map will be. Only for the file chosen in the settings (a `src` from elsewhere is
 * not read on the server).
 */
final class Fallback_Attractions {

	/** A page of plain links stays readable; the element itself pages through the rest. */
	private const MAX_ITEMS = 200;

	/**
	 * The legend, the map's place and the list.
	 *
	 * @param array<string, mixed> $attrs    Clean block attributes.
	 * @param string               $lang     Language.
	 * @param string               $file_url The element's src (the file's URL), for relative links.
	 */
	public static function render( array $attrs, string $lang, string $file_url ): string {
		$data = isset( $attrs['src'] ) ? null : Data_Files::usable( 'attractions_id' );
		if ( ! $data || ! is_array( $data->features ?? null ) ) {
			return '';
		}
		$file_lang = is_string( $data->language ?? null ) ? $data->language : '';
		$only      = self::wanted_categories( (string) ( $attrs['categories'] ?? '' ) );
		$items     = '';
		$counts    = array();
		foreach ( $data->features as $feature ) {
			$props = is_object( $feature ) && is_object( $feature->properties ?? null ) ? $feature->properties : null;
			$name  = $props ? Labels::localized( $props->name ?? $props->title ?? null, $lang, $file_lang ) : '';
			if ( '' === $name ) {
				continue;
			}
			$category            = self::category( $props );
			$counts[ $category ] = ( $counts[ $category ] ?? 0 ) + 1;
			if ( ( $only && ! in_array( $category, $only, true ) ) || array_sum( $counts ) > self::MAX_ITEMS ) {
				continue;
			}
			$link    = Fallback::link( $props->url ?? $props->website ?? $props->{'contact:website'} ?? null, $file_url );
			$title   = $link ? '<a href="' . $link . '">' . esc_html( $name ) . '</a>' : '<strong>' . esc_html( $name ) . '</strong>';
			$address = Labels::localized( $props->address ?? null, $lang, $file_lang );
			$items  .= '<li>' . $title . ' <span class="civic-fallback__category">' . esc_html( self::label( 'map.category', $category, $lang ) ) . '</span>'
				. ( '' !== $address ? ' <span class="civic-fallback__address">' . esc_html( $address ) . '</span>' : '' ) . '</li>';
		}
		if ( '' === $items ) {
			return '';
		}
		$view = 'list' === ( $attrs['view'] ?? 'map' ) ? 'list' : 'map';
		return self::legend( $counts, $lang )
			. '<div class="civic-fallback__layout" data-view="' . esc_attr( $view ) . '">'
			. ( 'map' === $view ? '<div class="civic-fallback__map" aria-hidden="true"></div>' : '' )
			. '<div class="civic-fallback__side"><p class="civic-fallback__label">' . esc_html( Labels::get( 'map.list.title', $lang ) ) . '</p><ul class="civic-fallback__places">' . $items . '</ul></div>'
			. '</div>';
	}

	/**
	 * The categories with their counts, in the element's order.
	 *
	 * @param array<string, int> $counts Attractions per category.
	 * @param string             $lang   Language.
	 */
	private static function legend( array $counts, string $lang ): string {
		$order = array_flip( array_diff( Labels::keys( 'map.categories', $lang ), array( 'legend' ) ) );
		uksort( $counts, static fn( $a, $b ) => ( $order[ $a ] ?? 99 ) <=> ( $order[ $b ] ?? 99 ) ?: strcmp( $a, $b ) );
		$chips = '';
		foreach ( $counts as $category => $count ) {
			$chips .= '<li>' . esc_html( self::label( 'map.categories', $category, $lang ) ) . ' <span>' . esc_html( number_format_i18n( $count ) ) . '</span></li>';
		}
		return '<div class="civic-fallback__legend"><p class="civic-fallback__label">' . esc_html( Labels::get( 'map.categories.legend', $lang ) ) . '</p><ul class="civic-fallback__chips">' . $chips . '</ul></div>';
	}

	/** A category's word (`map.category.museum` → Muzeum); a file's own category keeps its name. */
	private static function label( string $group, string $category, string $lang ): string {
		$label = Labels::get( $group . '.' . $category, $lang );
		return $group . '.' . $category === $label ? $category : $label;
	}

	/**
	 * The file's category identifier. An OpenStreetMap export has none: the element maps its
	 * tags to categories, the fallback just calls it an attraction (no second copy of the rules).
	 *
	 * @param object $props A feature's properties.
	 */
	private static function category( object $props ): string {
		$category = is_string( $props->category ?? null ) ? sanitize_key( $props->category ) : '';
		return '' === $category ? 'other' : $category;
	}

	/**
	 * The `categories` attribute ("museum, park") as identifiers.
	 *
	 * @return string[]
	 */
	private static function wanted_categories( string $list ): array {
		return array_values( array_filter( array_map( 'sanitize_key', array_map( 'trim', explode( ',', strtolower( $list ) ) ) ) ) );
	}
}
