<?php
/**
 * Plugin Name:       Civic Widgets
 * Plugin URI:        https://github.com/civic-widgets/civic-widgets
 * Description:       A news ticker, article cards, an attractions map and a city-partnership panel as blocks and shortcodes, fed by this site's own posts. Accessible, private by default, in Polish, German and English.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            civic-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       civic-widgets
 * Domain Path:       /languages
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;
const PLUGIN_DIR = __DIR__;

require_once __DIR__ . '/includes/class-elements.php';
require_once __DIR__ . '/includes/class-attributes.php';
require_once __DIR__ . '/includes/class-language.php';
require_once __DIR__ . '/includes/class-labels.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-schema-validator.php';
require_once __DIR__ . '/includes/class-data-files.php';
require_once __DIR__ . '/includes/class-site-defaults.php';
require_once __DIR__ . '/includes/class-accent.php';
require_once __DIR__ . '/includes/class-fallback.php';
require_once __DIR__ . '/includes/class-fallback-news.php';
require_once __DIR__ . '/includes/class-fallback-attractions.php';
require_once __DIR__ . '/includes/class-fallback-partnership.php';
require_once __DIR__ . '/includes/class-render.php';
require_once __DIR__ . '/includes/class-assets.php';
require_once __DIR__ . '/includes/class-blocks.php';
require_once __DIR__ . '/includes/class-i18n.php';
require_once __DIR__ . '/includes/class-settings-page.php';

I18n::boot();
Language::boot();
Blocks::boot();
Assets::boot();
Data_Files::boot();
Settings_Page::boot();
