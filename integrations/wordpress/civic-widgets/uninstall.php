<?php
/**
 * Deleting the plugin (Plugins → Delete) removes its settings. The chosen data files stay in
 * the media library: they are the site's own.
 *
 * @package CivicWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'civic_widgets_settings' );
delete_option( 'civic_widgets_file_status' );
