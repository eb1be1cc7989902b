<?php
/**
 * The site-wide settings (Settings → Civic Widgets), stored in one option.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and cleans the option `civic_widgets_settings`. The settings page writes it through
 * the Settings API; everything else only reads it.
 */
final class Settings {

	public const OPTION = 'civic_widgets_settings';

	/** Ready themes shipped in lib/themes/. */
	public const THEMES = array( 'sochaczew', 'krefeld' );

	private const DEFAULTS = array(
		'theme'                => '',
		'accent'               => '#b3151d',
		'scheme'               => 'auto',
		'consent'              => 'ask',
		'tiles'                => 'osm',
		'tile_url'             => '',
		'tile_attribution'     => '',
		'tile_attribution_url' => '',
		'max_zoom'             => 19,
		'attractions_id'       => 0,
		'partnership_id'       => 0,
	);

	/**
	 * All settings, with defaults for what was never saved.
	 *
	 * @return array<string, mixed>
	 */
	public static function all(): array {
		$saved = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $saved ) ? array_intersect_key( $saved, self::DEFAULTS ) : array() );
	}

	/** One setting. */
	public static function get( string $key ): mixed {
		return self::all()[ $key ] ?? null;
	}

	/**
	 * Cleans what the settings form sent; anything unexpected falls back to the saved value.
	 * The data files are checked by Data_Files (the sanitize callback calls it after this).
	 *
	 * @param mixed $input The form's values.
	 * @return array<string, mixed>
	 */
	public static function clean( mixed $input ): array {
		$old   = self::all();
		$input = is_array( $input ) ? $input : array(); // options.php has unslashed it already.
		$pick  = static fn( string $key, array $allowed ) => in_array( $input[ $key ] ?? null, $allowed, true ) ? $input[ $key ] : $old[ $key ];
		$clean = array(
			'theme'   => $pick( 'theme', array_merge( array( '', 'accent' ), self::THEMES ) ),
			'scheme'  => $pick( 'scheme', array( 'auto', 'light', 'dark' ) ),
			'consent' => $pick( 'consent', array( 'ask', 'granted' ) ),
			'tiles'   => $pick( 'tiles', array( 'osm', 'none', 'custom' ) ),
		);
		$accent                        = sanitize_hex_color( (string) ( $input['accent'] ?? '' ) );
		$clean['accent']               = $accent ? $accent : $old['accent'];
		$tile_url                      = Attributes::url( (string) ( $input['tile_url'] ?? '' ) );
		$clean['tile_url']             = $tile_url ?? '';
		$clean['tile_attribution']     = mb_substr( sanitize_text_field( (string) ( $input['tile_attribution'] ?? '' ) ), 0, 300 );
		$clean['tile_attribution_url'] = Attributes::url( (string) ( $input['tile_attribution_url'] ?? '' ) ) ?? '';
		$zoom                          = filter_var( $input['max_zoom'] ?? null, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1, 'max_range' => 22 ) ) );
		$clean['max_zoom']             = false === $zoom ? $old['max_zoom'] : $zoom;
		if ( 'custom' === $clean['tiles'] && ( '' === $clean['tile_url'] || ! self::is_tile_template( $clean['tile_url'] ) ) ) {
			add_settings_error( self::OPTION, 'tile_url', __( 'The tile server address must be an http(s) address or a path on this site containing {z}, {x} and {y}. The previous tile setting was kept.', 'civic-widgets' ) );
			$clean['tiles']    = $old['tiles'];
			$clean['tile_url'] = $old['tile_url'];
		}
		foreach ( array( 'attractions_id', 'partnership_id' ) as $key ) {
			$clean[ $key ] = absint( $input[ $key ] ?? $old[ $key ] );
		}
		return $clean;
	}

	/** Whether a URL is a tile template: {z}, {x} and {y} all present. */
	public static function is_tile_template( string $url ): bool {
		return str_contains( $url, '{z}' ) && str_contains( $url, '{x}' ) && str_contains( $url, '{y}' );
	}

	/**
	 * The map attributes the settings give the elements: tile-url ('' = no tiles, unset = the
	 * library's OpenStreetMap default), consent, attribution, max-zoom.
	 *
	 * @return array<string, string>
	 */
	public static function map_attributes(): array {
		$settings   = self::all();
		$attributes = array();
		if ( 'none' === $settings['tiles'] ) {
			$attributes['tile-url'] = '';
		} elseif ( 'custom' === $settings['tiles'] && '' !== $settings['tile_url'] ) {
			$attributes['tile-url'] = $settings['tile_url'];
			if ( '' !== $settings['tile_attribution'] ) {
				$attributes['tile-attribution'] = $settings['tile_attribution'];
			}
			if ( '' !== $settings['tile_attribution_url'] ) {
				$attributes['tile-attribution-url'] = $settings['tile_attribution_url'];
			}
			$attributes['max-zoom'] = (string) $settings['max_zoom'];
		}
		$attributes['consent'] = $settings['consent'];
		return $attributes;
	}
}
