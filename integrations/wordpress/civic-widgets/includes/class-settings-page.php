<?php
/**
 * Settings → Civic Widgets.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The settings form: theme, colour scheme, map consent and tile server, and the two data files
 * from the media library. Only users who may manage options see or save it; WordPress's
 * options.php checks the form's nonce and that capability before our sanitize callback runs.
 */
final class Settings_Page {

	public const SLUG  = 'civic-widgets';
	private const GROUP = 'civic_widgets';

	/** @var array<string, array<string, mixed>> Sanitized results by input, for this request. */
	private static array $sanitized = array();

	/** Hooks. */
	public static function boot(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_action( 'admin_enqueue_scripts', array( self::class, 'assets' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), array( self::class, 'action_link' ) );
	}

	/** The menu entry under Settings. */
	public static function menu(): void {
		add_options_page( __( 'Civic Widgets', 'civic-widgets' ), __( 'Civic Widgets', 'civic-widgets' ), 'manage_options', self::SLUG, array( self::class, 'render' ) );
	}

	/** The option and its sanitize callback. */
	public static function register(): void {
		register_setting(
			self::GROUP,
			Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => array(),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Cleans and checks the form. WordPress calls this twice when the option is first created;
	 * the second call returns the first result, so notices are not doubled.
	 *
	 * @param mixed $input The form's values.
	 * @return array<string, mixed>
	 */
	public static function sanitize( mixed $input ): array {
		$key = md5( (string) wp_json_encode( $input ) );
		if ( ! isset( self::$sanitized[ $key ] ) ) {
			$clean                   = Data_Files::validate_choices( Settings::clean( $input ) );
			self::$sanitized[ $key ] = $clean;
			// The second call passes the first result back in.
			self::$sanitized[ md5( (string) wp_json_encode( $clean ) ) ] = $clean;
		}
		return self::$sanitized[ $key ];
	}

	/**
	 * The media picker on our page only.
	 *
	 * @param string $hook The admin page's hook name.
	 */
	public static function assets( string $hook ): void {
		if ( 'settings_page_' . self::SLUG !== $hook ) {
			return;
		}
		wp_enqueue_media();
		wp_enqueue_script( 'civic-widgets-settings', plugins_url( 'assets/settings.js', PLUGIN_FILE ), array( 'jquery', 'media-editor', 'wp-i18n' ), VERSION . '.' . filemtime( PLUGIN_DIR . '/assets/settings.js' ), true );
		I18n::script_translations( 'civic-widgets-settings' );
		wp_enqueue_style( 'civic-widgets-settings', plugins_url( 'assets/settings.css', PLUGIN_FILE ), array(), VERSION . '.' . filemtime( PLUGIN_DIR . '/assets/settings.css' ) );
	}

	/**
	 * "Settings" beside Deactivate on the Plugins screen.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_link( array $links ): array {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::SLUG ) ) . '">' . esc_html__( 'Settings', 'civic-widgets' ) . '</a>' );
		return $links;
	}

	/** The page. */
	public static function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'civic-widgets' ), 403 );
		}
		$s = Settings::all();
		echo '<div class="wrap civic-widgets-settings"><h1>' . esc_html__( 'Civic Widgets', 'civic-widgets' ) . '</h1>';
		echo '<p>' . esc_html__( 'These settings apply to every Civic Widgets block and shortcode on this site.', 'civic-widgets' ) . '</p>';
		echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '">';
		settings_fields( self::GROUP );
		self::appearance( $s );
		self::map( $s );
		self::files( $s );
		submit_button();
		echo '</form></div>';
	}

	/**
	 * Theme and colour scheme.
	 *
	 * @param array<string, mixed> $s Settings.
	 */
	private static function appearance( array $s ): void {
		echo '<h2>' . esc_html__( 'Appearance', 'civic-widgets' ) . '</h2><table class="form-table" role="presentation">';
		$themes = array(
			''          => __( 'Built-in colours (Sochaczew red)', 'civic-widgets' ),
			'sochaczew' => __( 'Sochaczew theme', 'civic-widgets' ),
			'krefeld'   => __( 'Krefeld theme (blue, square corners)', 'civic-widgets' ),
			'accent'    => __( 'My own accent colour', 'civic-widgets' ),
		);
		echo '<tr><th scope="row">' . esc_html__( 'Theme', 'civic-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Theme', 'civic-widgets' ) . '</legend>';
		self::radios( 'theme', $themes, (string) $s['theme'] );
		$shown = Accent::light( (string) $s['accent'] );
		echo '<p><label for="civic-widgets-accent">' . esc_html__( 'Accent colour', 'civic-widgets' ) . '</label> <input type="color" id="civic-widgets-accent" name="' . esc_attr( Settings::OPTION ) . '[accent]" value="' . esc_attr( (string) $s['accent'] ) . '"></p>';
		if ( strtolower( $shown ) !== strtolower( (string) $s['accent'] ) ) {
			/* translators: %s: a colour such as #a01010 */
			echo '<p class="description">' . esc_html( sprintf( __( 'For readable links on white, the widgets use %s (a darker shade of this colour).', 'civic-widgets' ), $shown ) ) . '</p>';
		}
		echo '</fieldset></td></tr>';
		$schemes = array(
			'auto'  => __( 'Follow the visitor (dark when their device prefers it)', 'civic-widgets' ),
			'light' => __( 'Always light', 'civic-widgets' ),
			'dark'  => __( 'Always dark', 'civic-widgets' ),
		);
		echo '<tr><th scope="row"><label for="civic-widgets-scheme">' . esc_html__( 'Colour scheme', 'civic-widgets' ) . '</label></th><td><select id="civic-widgets-scheme" name="' . esc_attr( Settings::OPTION ) . '[scheme]">';
		foreach ( $schemes as $value => $label ) {
			echo '<option value="' . esc_attr( $value ) . '"' . selected( $s['scheme'], $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select></td></tr></table>';
	}

	/**
	 * Consent and tile server.
	 *
	 * @param array<string, mixed> $s Settings.
	 */
	private static function map( array $s ): void {
		echo '<h2>' . esc_html__( 'Maps and privacy', 'civic-widgets' ) . '</h2><table class="form-table" role="presentation">';
		echo '<tr><th scope="row">' . esc_html__( 'Consent', 'civic-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Consent', 'civic-widgets' ) . '</legend>';
		self::radios(
			'consent',
			array(
				'ask'     => __( 'Ask each visitor before a map loads from another server (two clicks; recommended)', 'civic-widgets' ),
				'granted' => __( 'Load maps at once: this site asks for consent itself (e.g. with a cookie banner) or serves its own tiles', 'civic-widgets' ),
			),
			(string) $s['consent']
		);
		echo '</fieldset></td></tr>';
		echo '<tr><th scope="row">' . esc_html__( 'Map tiles', 'civic-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Map tiles', 'civic-widgets' ) . '</legend>';
		self::radios(
			'tiles',
			array(
				'osm'    => __( 'OpenStreetMap (tile.openstreetmap.org)', 'civic-widgets' ),
				'custom' => __( 'My own tile server', 'civic-widgets' ),
				'none'   => __( 'No map background (the points and the list only; no other server is contacted)', 'civic-widgets' ),
			),
			(string) $s['tiles']
		);
		echo '</fieldset></td></tr>';
		self::text( 'tile_url', __( 'Tile server address', 'civic-widgets' ), (string) $s['tile_url'], __( 'With {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png or a path on this site.', 'civic-widgets' ) );
		self::text( 'tile_attribution', __( 'Tile attribution', 'civic-widgets' ), (string) $s['tile_attribution'], __( 'Shown under the map, e.g. © OpenStreetMap contributors.', 'civic-widgets' ) );
		self::text( 'tile_attribution_url', __( 'Attribution link', 'civic-widgets' ), (string) $s['tile_attribution_url'], '' );
		echo '<tr><th scope="row"><label for="civic-widgets-max_zoom">' . esc_html__( 'Highest zoom level', 'civic-widgets' ) . '</label></th><td><input type="number" min="1" max="22" id="civic-widgets-max_zoom" name="' . esc_attr( Settings::OPTION ) . '[max_zoom]" value="' . esc_attr( (string) $s['max_zoom'] ) . '" class="small-text"></td></tr>';
		echo '</table>';
	}

	/**
	 * The two data files, each with its status.
	 *
	 * @param array<string, mixed> $s Settings.
	 */
	private static function files( array $s ): void {
		echo '<h2>' . esc_html__( 'Data files', 'civic-widgets' ) . '</h2>';
		echo '<p>' . esc_html__( 'Upload the files to the media library (administrators may upload .json and .geojson) and choose them here. They are checked against the published formats before they are used.', 'civic-widgets' ) . '</p>';
		echo '<table class="form-table" role="presentation">';
		$labels = array(
			'attractions_id' => __( 'Attractions (GeoJSON)', 'civic-widgets' ),
			'partnership_id' => __( 'Partnership (JSON)', 'civic-widgets' ),
		);
		foreach ( Data_Files::KINDS as $key => $kind ) {
			$id     = (int) $s[ $key ];
			$file   = $id ? wp_basename( (string) get_attached_file( $id ) ) : '';
			$status = Data_Files::status( $key );
			echo '<tr><th scope="row" id="civic-widgets-' . esc_attr( $kind ) . '-label">' . esc_html( $labels[ $key ] ) . '</th><td class="civic-widgets-file" data-kind="' . esc_attr( $kind ) . '">';
			echo '<input type="hidden" name="' . esc_attr( Settings::OPTION . '[' . $key . ']' ) . '" value="' . esc_attr( (string) $id ) . '" class="civic-widgets-file-id">';
			echo '<p class="civic-widgets-file-name">' . ( $file ? esc_html( $file ) : esc_html__( 'No file chosen.', 'civic-widgets' ) ) . '</p>';
			if ( $status ) {
				$class = $status['ok'] ? 'civic-widgets-ok' : 'civic-widgets-invalid';
				$text  = $status['ok'] ? ( $status['note'] ?? __( 'Checked: matches the published format.', 'civic-widgets' ) ) : implode( ' ', $status['problems'] );
				echo '<p class="civic-widgets-file-status ' . esc_attr( $class ) . '">' . esc_html( $text ) . '</p>';
			}
			echo '<p><button type="button" class="button civic-widgets-choose" aria-describedby="civic-widgets-' . esc_attr( $kind ) . '-label">' . esc_html__( 'Choose from the media library', 'civic-widgets' ) . '</button> ';
			echo '<button type="button" class="button-link civic-widgets-clear"' . ( $id ? '' : ' hidden' ) . '>' . esc_html__( 'Remove', 'civic-widgets' ) . '</button></p>';
			$schema = plugins_url( 'lib/schema/' . $kind . '.schema.json', PLUGIN_FILE );
			/* translators: %s: link to the JSON Schema file */
			echo '<p class="description">' . wp_kses( sprintf( __( 'Format: %s.', 'civic-widgets' ), '<a href="' . esc_url( $schema ) . '">' . esc_html( $kind . '.schema.json' ) . '</a>' ), array( 'a' => array( 'href' => array() ) ) ) . '</p>';
			echo '</td></tr>';
		}
		echo '</table>';
	}

	/**
	 * A group of radio buttons.
	 *
	 * @param string                $key     Setting.
	 * @param array<string, string> $choices Value => label.
	 * @param string                $current Saved value.
	 */
	private static function radios( string $key, array $choices, string $current ): void {
		foreach ( $choices as $value => $label ) {
			$id = 'civic-widgets-' . $key . '-' . ( '' === $value ? 'default' : $value );
			echo '<p><input type="radio" id="' . esc_attr( $id ) . '" name="' . esc_attr( Settings::OPTION . '[' . $key . ']' ) . '" value="' . esc_attr( $value ) . '"' . checked( $current, $value, false ) . '> <label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></p>';
		}
	}

	/**
	 * A text row.
	 *
	 * @param string $key         Setting.
	 * @param string $label       Label.
	 * @param string $value       Saved value.
	 * @param string $description Help below.
	 */
	private static function text( string $key, string $label, string $value, string $description ): void {
		$id = 'civic-widgets-' . $key;
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td><input type="text" class="regular-text code" id="' . esc_attr( $id ) . '" name="' . esc_attr( Settings::OPTION . '[' . $key . ']' ) . '" value="' . esc_attr( $value ) . '"' . ( $description ? ' aria-describedby="' . esc_attr( $id ) . '-help"' : '' ) . '>';
		if ( $description ) {
			echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $description ) . '</p>';
		}
		echo '</td></tr>';
	}
}
