<?php
/**
 * Must-use plugin of the test site only (never shipped): the site is on a closed network, and
 * WordPress's own update and translation checks would each log a PHP warning when they cannot
 * reach wordpress.org. Switching them off keeps the PHP error log for what the plugin causes.
 *
 * @package CivicWidgets
 */

foreach ( array(
	'admin_init'                => array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ),
	'wp_version_check'          => array( 'wp_version_check' ),
	'wp_update_plugins'         => array( 'wp_update_plugins' ),
	'wp_update_themes'          => array( 'wp_update_themes' ),
	'load-plugins.php'          => array( 'wp_update_plugins' ),
	'load-themes.php'           => array( 'wp_update_themes' ),
	'load-update.php'           => array( 'wp_update_plugins', 'wp_update_themes' ),
	'load-update-core.php'      => array( 'wp_update_plugins', 'wp_update_themes' ),
	'wp_maybe_auto_update'      => array( 'wp_maybe_auto_update' ),
	'init'                      => array( 'wp_schedule_update_checks' ),
) as $hook => $callbacks ) {
	foreach ( $callbacks as $callback ) {
		remove_action( $hook, $callback );
	}
}
// Added later by wp-admin/includes/admin-filters.php.
add_action(
	'admin_init',
	static function () {
		remove_action( 'upgrader_process_complete', array( 'Language_Pack_Upgrader', 'async_upgrade' ), 20 );
		remove_action( 'upgrader_process_complete', 'wp_version_check', 10 );
		remove_action( 'upgrader_process_complete', 'wp_update_plugins', 10 );
		remove_action( 'upgrader_process_complete', 'wp_update_themes', 10 );
	}
);
// No list of downloadable languages (the login page and the user screens ask wordpress.org).
add_filter( 'login_display_language_dropdown', '__return_false' );
add_filter( 'translations_api', static fn() => array( 'translations' => array() ) );
// The block directory searches wordpress.org whenever the inserter finds nothing locally.
remove_action( 'enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets' );
