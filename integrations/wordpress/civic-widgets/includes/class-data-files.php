<?php
/**
 * The attractions GeoJSON and the partnership JSON from the media library, checked against
 * the published schemas.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Lets administrators upload .json and .geojson files, checks a chosen file when the settings
 * are saved (an invalid one is refused, the previous one kept) and again whenever the file
 * changes, and tells administrators in their own language what is wrong.
 */
final class Data_Files {

	/** Settings key → schema name. */
	public const KINDS = array(
		'attractions_id' => 'attractions',
		'partnership_id' => 'partnership',
	);

	/** The elements refuse feeds over 5 MB; so does the check. */
	private const MAX_BYTES = 5242880;

	private const STATUS_OPTION = 'civic_widgets_file_status';

	/** @var array<int, mixed> Decoded files of this request, by attachment ID. */
	private static array $decoded = array();

	/** Hooks. */
	public static function boot(): void {
		add_filter( 'upload_mimes', array( self::class, 'upload_mimes' ) );
		add_filter( 'wp_check_filetype_and_ext', array( self::class, 'check_filetype' ), 10, 4 );
		add_action( 'admin_notices', array( self::class, 'admin_notices' ) );
	}

	/**
	 * Administrators may upload JSON and GeoJSON (WordPress allows neither by default).
	 *
	 * @param array<string, string> $mimes Allowed extensions.
	 * @return array<string, string>
	 */
	public static function upload_mimes( array $mimes ): array {
		if ( current_user_can( 'manage_options' ) ) {
			$mimes['json']    = 'application/json';
			$mimes['geojson'] = 'application/geo+json';
		}
		return $mimes;
	}

	/**
	 * PHP's finfo calls JSON text/plain; accept that for .json/.geojson from administrators.
	 *
	 * @param array<string, mixed> $data     What WordPress found.
	 * @param string               $file     Path of the upload.
	 * @param string               $filename Its name.
	 * @param mixed                $mimes    Allowed types.
	 * @return array<string, mixed>
	 */
	public static function check_filetype( array $data, string $file, string $filename, mixed $mimes ): array {
		unset( $file, $mimes );
		$extension = strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) );
		if ( empty( $data['type'] ) && current_user_can( 'manage_options' ) && in_array( $extension, array( 'json', 'geojson' ), true ) ) {
			$data['ext']  = $extension;
			$data['type'] = 'json' === $extension ? 'application/json' : 'application/geo+json';
		}
		return $data;
	}

	/**
	 * Checks a media-library file as an attractions or partnership file.
	 *
	 * @param int    $id   Attachment ID.
	 * @param string $kind attractions or partnership.
	 * @return array{ok: bool, problems: string[], note?: string}
	 */
	public static function check( int $id, string $kind ): array {
		$path = $id ? get_attached_file( $id ) : false;
		if ( ! $path || ! is_readable( $path ) ) {
			return self::invalid( __( 'The file is no longer in the media library.', 'civic-widgets' ) );
		}
		if ( filesize( $path ) > self::MAX_BYTES ) {
			return self::invalid( __( 'The file is larger than 5 MB.', 'civic-widgets' ) );
		}
		$data = self::decode( $id );
		if ( $data instanceof \JsonException ) {
			return self::invalid( sprintf( /* translators: %s: the parser's message */ __( 'The file is not valid JSON (%s).', 'civic-widgets' ), $data->getMessage() ) );
		}
		$schema = json_decode( (string) file_get_contents( PLUGIN_DIR . '/lib/schema/' . $kind . '.schema.json' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		if ( ! is_object( $schema ) ) {
			return self::invalid( __( 'The plugin is missing its schema files; reinstall it.', 'civic-widgets' ) );
		}
		try {
			$problems = ( new Schema_Validator( $schema ) )->problems( $data );
		} catch ( \LogicException $error ) {
			return self::invalid( $error->getMessage() );
		}
		if ( $problems && 'attractions' === $kind && self::is_osm_export( $data ) ) {
			return array(
				'ok'       => true,
				'problems' => array(),
				'note'     => __( 'This is an OpenStreetMap export: the map reads its names, OSM categories and addresses.', 'civic-widgets' ),
			);
		}
		return array(
			'ok'       => ! $problems,
			'problems' => $problems,
		);
	}

	/**
	 * The status of a configured file, checked again only when the file changed.
	 *
	 * @param string $key attractions_id or partnership_id.
	 * @return array{ok: bool, problems: string[], note?: string}|null Null when none is chosen.
	 */
	public static function status( string $key ): ?array {
		$id = (int) Settings::get( $key );
		if ( ! $id ) {
			return null;
		}
		$path        = get_attached_file( $id );
		$fingerprint = $path && is_readable( $path ) ? $id . ':' . filemtime( $path ) . ':' . filesize( $path ) : $id . ':gone';
		$saved       = get_option( self::STATUS_OPTION, array() );
		$saved       = is_array( $saved ) ? $saved : array();
		if ( ( $saved[ $key ]['fingerprint'] ?? '' ) !== $fingerprint || ( $saved[ $key ]['locale'] ?? '' ) !== determine_locale() ) {
			$saved[ $key ] = array(
				'fingerprint' => $fingerprint,
				'locale'      => determine_locale(),
				'result'      => self::check( $id, self::KINDS[ $key ] ),
			);
			update_option( self::STATUS_OPTION, $saved, false );
		}
		return $saved[ $key ]['result'];
	}

	/**
	 * The decoded file (objects as stdClass), or the JSON error.
	 *
	 * @param int $id Attachment ID.
	 * @return mixed|\JsonException
	 */
	public static function decode( int $id ): mixed {
		if ( ! array_key_exists( $id, self::$decoded ) ) {
			$path = get_attached_file( $id );
			try {
				$json                 = $path && is_readable( $path ) && filesize( $path ) <= self::MAX_BYTES ? (string) file_get_contents( $path ) : 'null'; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
				self::$decoded[ $id ] = json_decode( self::without_bom( $json ), false, 64, JSON_THROW_ON_ERROR );
			} catch ( \JsonException $error ) {
				self::$decoded[ $id ] = $error;
			}
		}
		return self::$decoded[ $id ];
	}

	/**
	 * The configured file of a kind when it is usable, for the fallback: decoded data or null.
	 *
	 * @param string $key attractions_id or partnership_id.
	 */
	public static function usable( string $key ): ?object {
		$status = self::status( $key );
		if ( ! $status || ! $status['ok'] ) {
			return null;
		}
		$data = self::decode( (int) Settings::get( $key ) );
		return is_object( $data ) ? $data : null;
	}

	/**
	 * Checks the files chosen in the settings form; an invalid one is refused with a notice
	 * and the saved one kept.
	 *
	 * @param array<string, mixed> $clean Cleaned settings about to be saved.
	 * @return array<string, mixed>
	 */
	public static function validate_choices( array $clean ): array {
		$old = Settings::all();
		foreach ( self::KINDS as $key => $kind ) {
			$id = (int) $clean[ $key ];
			// An unchanged choice is watched by status() and the admin notice instead.
			if ( ! $id || (int) $old[ $key ] === $id ) {
				continue;
			}
			$result = self::check( $id, $kind );
			if ( ! $result['ok'] ) {
				add_settings_error( Settings::OPTION, $key, self::message( $kind, $id, $result['problems'] ) . ' ' . __( 'The file was not saved; the previous choice is kept.', 'civic-widgets' ) );
				$clean[ $key ] = (int) $old[ $key ];
			} elseif ( isset( $result['note'] ) ) {
				add_settings_error( Settings::OPTION, $key, $result['note'], 'info' );
			}
		}
		return $clean;
	}

	/** Warns administrators on every admin screen while a chosen file is unusable. */
	public static function admin_notices(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		foreach ( self::KINDS as $key => $kind ) {
			$status = self::status( $key );
			if ( $status && ! $status['ok'] ) {
				$link = '<a href="' . esc_url( admin_url( 'options-general.php?page=civic-widgets' ) ) . '">' . esc_html__( 'Settings → Civic Widgets', 'civic-widgets' ) . '</a>';
				printf(
					'<div class="notice notice-error civic-widgets-notice"><p>%s</p><p>%s</p></div>',
					esc_html( self::message( $kind, (int) Settings::get( $key ), $status['problems'] ) ),
					/* translators: %s: link to the settings page */
					wp_kses( sprintf( __( 'Choose a corrected file in %s.', 'civic-widgets' ), $link ), array( 'a' => array( 'href' => array() ) ) )
				);
			}
		}
	}

	/**
	 * One sentence naming the file and its problems.
	 *
	 * @param string   $kind     attractions or partnership.
	 * @param int      $id       Attachment ID.
	 * @param string[] $problems Problems.
	 */
	public static function message( string $kind, int $id, array $problems ): string {
		$name = $id ? wp_basename( (string) get_attached_file( $id ) ) : '';
		$text = 'attractions' === $kind
			/* translators: 1: file name, 2: list of problems */
			? __( 'Civic Widgets: the attractions file “%1$s” does not match the published format: %2$s', 'civic-widgets' )
			/* translators: 1: file name, 2: list of problems */
			: __( 'Civic Widgets: the partnership file “%1$s” does not match the published format: %2$s', 'civic-widgets' );
		return sprintf( $text, $name, implode( ' ', $problems ) );
	}

	/**
	 * A failed check.
	 *
	 * @param string $problem The one problem.
	 * @return array{ok: bool, problems: string[]}
	 */
	private static function invalid( string $problem ): array {
		return array(
			'ok'       => false,
			'problems' => array( $problem ),
		);
	}

	/**
	 * An overpass-turbo / OpenStreetMap export: every feature has a geometry and a name, and
	 * carries an OSM id or one of the tags the map turns into categories.
	 *
	 * @param mixed $data Decoded file.
	 */
	private static function is_osm_export( mixed $data ): bool {
		if ( ! is_object( $data ) || 'FeatureCollection' !== ( $data->type ?? null ) || ! is_array( $data->features ?? null ) || ! $data->features ) {
			return false;
		}
		foreach ( $data->features as $feature ) {
			$props = is_object( $feature ) && is_object( $feature->properties ?? null ) ? get_object_vars( $feature->properties ) : array();
			$osm   = isset( $props['@id'] ) || array_intersect_key( $props, array_flip( array( 'tourism', 'historic', 'amenity', 'leisure', 'landuse' ) ) );
			if ( ! $osm || ! is_string( $props['name'] ?? null ) || ! is_object( $feature->geometry ?? null ) ) {
				return false;
			}
		}
		return true;
	}

	/** JSON text without a leading byte-order mark (editors on Windows add one). */
	private static function without_bom( string $json ): string {
		return str_starts_with( $json, "\xEF\xBB\xBF" ) ? substr( $json, 3 ) : $json;
	}
}
