<?php
/**
 * The test site, made on the command line with WordPress's own functions (there is no WP-CLI
 * in Debian 12). `php site.php install` creates a Polish site; `php site.php content` adds the
 * people, categories, posts (with featured images) and the pages that use each block and each
 * shortcode, and prints what it made as JSON. The prepend file has set ABSPATH.
 *
 * Environment: CIVIC_WP_PASSWORD (every user's password).
 *
 * @package CivicWidgets
 */

// phpcs:disable WordPress.Security.EscapeOutput -- command-line output.

$step     = $argv[1] ?? '';
$password = (string) getenv( 'CIVIC_WP_PASSWORD' );

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	require ABSPATH . 'wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	// wp_install() tries pretty permalinks with a request to the new site; its HTTP library
	// (Debian's Requests 1.x) logs PHP 8.2 deprecations when loaded. The content step sets the
	// permalinks itself, so that request is not needed.
	add_filter( 'pre_http_request', static fn() => new WP_Error( 'offline', 'No HTTP requests while installing the test site.' ) );
	$result = wp_install( 'Urząd Miasta Sochaczew (test)', 'admin', 'admin@example.test', false, '', wp_slash( $password ), 'pl_PL' );
	echo wp_json_encode( array( 'user' => $result['user_id'] ) );
	exit;
}

if ( 'locale' === $step ) {
	// The site's language, as Settings → General → Site Language sets it.
	require ABSPATH . 'wp-load.php';
	update_option( 'WPLANG', 'en_US' === $argv[2] ? '' : $argv[2] );
	exit;
}

if ( 'content' !== $step ) {
	fwrite( STDERR, "usage: php site.php install|content|locale <locale>\n" );
	exit( 2 );
}

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

// A real site's editor deletes WordPress's sample post and page first.
wp_delete_post( 1, true );
wp_delete_post( 2, true );
$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
update_option( 'timezone_string', 'Europe/Warsaw' );
update_option( 'date_format', 'j F Y' ); // What a Polish installation sets ("1 grudnia 2026").
update_option( 'time_format', 'H:i' );
// No Gravatar requests from a closed network (they would be console errors in the browser).
update_option( 'show_avatars', 0 );
flush_rewrite_rules( false );

/**
 * A user with a role and, optionally, their own admin language.
 *
 * @param string $login  Login.
 * @param string $role   Role.
 * @param string $locale User locale ('' = the site's).
 */
function civic_test_user( string $login, string $role, string $locale = '' ): int {
	global $password;
	$id = wp_insert_user(
		array(
			'user_login'   => $login,
			'user_pass'    => $password,
			'user_email'   => $login . '@example.test',
			'role'         => $role,
			'locale'       => $locale,
			'display_name' => ucfirst( $login ),
		)
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	return $id;
}

$admin     = get_user_by( 'login', 'admin' );
$admin_id  = (int) $admin->ID;
$editor_id = civic_test_user( 'redaktorka', 'editor' );
$german_id = civic_test_user( 'verwaltung', 'administrator', 'de_DE' );
wp_update_user(
	array(
		'ID'           => $admin_id,
		'display_name' => 'Anna Kowalska',
	)
);

// Editors who have seen the block editor's welcome guide (its pictures come from wordpress.org).
foreach ( array( $admin_id, $german_id ) as $user_id ) {
	update_user_meta(
		$user_id,
		$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
}

// The default category, named as a Polish installation names it.
wp_update_term( (int) get_option( 'default_category' ), 'category', array( 'name' => 'Bez kategorii', 'slug' => 'bez-kategorii' ) );

$categories = array();
foreach ( array( 'aktualnosci' => 'Aktualności', 'kultura' => 'Kultura', 'partnerstwo' => 'Partnerstwo' ) as $slug => $name ) {
	$term                  = wp_insert_term( $name, 'category', array( 'slug' => $slug ) );
	$categories[ $slug ] = (int) $term['term_id'];
}

/**
 * A JPEG of one colour with a caption, as a featured image in the media library.
 *
 * @param int    $post_id Post it belongs to.
 * @param int[]  $rgb     Colour.
 * @param string $alt     Alternative text.
 */
function civic_test_image( int $post_id, array $rgb, string $alt ): int {
	$image = imagecreatetruecolor( 1200, 675 );
	imagefill( $image, 0, 0, imagecolorallocate( $image, ...$rgb ) );
	imagestring( $image, 5, 40, 40, 'civic-widgets test image', imagecolorallocate( $image, 255, 255, 255 ) );
	$file = wp_tempnam( 'civic-test.jpg' );
	imagejpeg( $image, $file, 80 );
	imagedestroy( $image );
	$id = media_handle_sideload(
		array(
			'name'     => 'zdjecie-' . $post_id . '.jpg',
			'tmp_name' => $file,
		),
		$post_id
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	update_post_meta( $id, '_wp_attachment_image_alt', $alt );
	return $id;
}

$posts = array(
	array( 'Nowe godziny otwarcia urzędu od stycznia', 'aktualnosci', 'Od 2 stycznia urząd przyjmuje interesantów we wtorki do godziny 18:00.' ),
	array( 'Koncert „Chopin & przyjaciele” w Muzeum Ziemi Sochaczewskiej', 'kultura', 'Recital młodych pianistów z Mazowsza i Nadrenii w sali koncertowej muzeum.', array( 120, 30, 40 ) ),
	array( 'Remont mostu na Bzurze: objazdy do końca marca', 'aktualnosci', 'Na czas prac ruch samochodów kierujemy ulicą Warszawską i Płocką.' ),
	array( 'Delegacja z Krefeld odwiedziła Sochaczew', 'partnerstwo', 'Rozmowy o współpracy szkół, kultury i gospodarki miejskiej.' ),
	array( 'Wystawa fotografii „Miasto nad rzeką” w bibliotece', 'kultura', 'Zdjęcia mieszkańców z ostatnich pięćdziesięciu lat.', array( 20, 80, 140 ) ),
	array( 'Budżet obywatelski: głosowanie do 15 maja', 'aktualnosci', 'Mieszkańcy wybierają projekty do realizacji w przyszłym roku.' ),
	array( 'Noc Muzeów z kolejką wąskotorową', 'kultura', 'Wieczorne przejazdy i zwiedzanie zabytkowej parowozowni.', array( 40, 110, 60 ) ),
	array( 'Uczniowie z Krefeld na wymianie w Sochaczewie', 'partnerstwo', 'Tydzień warsztatów, lekcji i wycieczek po okolicy.' ),
);
$made = array();
foreach ( $posts as $index => $post ) {
	$id = wp_insert_post(
		array(
			'post_title'    => $post[0],
			'post_content'  => '<!-- wp:paragraph --><p>' . esc_html( $post[2] ) . '</p><!-- /wp:paragraph -->',
			'post_excerpt'  => $post[2],
			'post_status'   => 'publish',
			'post_author'   => $admin_id,
			'post_category' => array( $categories[ $post[1] ] ),
			'post_date'     => gmdate( 'Y-m-d H:i:s', time() - ( $index + 1 ) * DAY_IN_SECONDS + 3600 ),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	if ( isset( $post[3] ) ) {
		set_post_thumbnail( $id, civic_test_image( $id, $post[3], 'Zdjęcie: ' . $post[0] ) );
	}
	$made[] = array(
		'id'       => $id,
		'title'    => $post[0],
		'category' => $post[1],
		'link'     => get_permalink( $id ),
	);
}

/**
 * A published page or post.
 *
 * @param string $title   Title.
 * @param string $content Content (block markup or shortcodes).
 * @param string $type    page or post.
 * @param int    $author  Author.
 */
function civic_test_page( string $title, string $content, string $type = 'page', int $author = 0 ): array {
	global $admin_id;
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_type'    => $type,
			'post_author'  => $author ? $author : $admin_id,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	return array(
		'id'   => $id,
		'link' => get_permalink( $id ),
	);
}

$blocks = civic_test_page(
	'Widżety – bloki',
	"<!-- wp:paragraph --><p>Strona z czterema blokami.</p><!-- /wp:paragraph -->\n"
	. "<!-- wp:civic-widgets/news-ticker {\"limit\":5} /-->\n"
	. '<!-- wp:civic-widgets/article-cards {"pageSize":3,"siteCategories":[' . $categories['kultura'] . "]} /-->\n"
	. "<!-- wp:civic-widgets/attractions-map /-->\n"
	. "<!-- wp:civic-widgets/partnership-panel /-->\n",
	'page',
	$editor_id
);
$shortcodes = civic_test_page(
	'Widżety – shortcody',
	// An editor's shortcodes, with markup in a text, an unsafe src and a tile server of their own:
	// the text is cleaned, the src dropped (the site's posts are used), the tile server ignored
	// (only administrators may choose where visitors' browsers connect to).
	"<!-- wp:shortcode -->\n[civic_news_ticker limit=\"5\" mode=\"step\" label=\"<b>Pilne</b> & ważne\" src=\"javascript:alert(1)\"]\n<!-- /wp:shortcode -->\n"
	. "<!-- wp:shortcode -->\n[civic_article_cards page-size=\"3\" category=\"Kultura\" layout=\"list\"]\n<!-- /wp:shortcode -->\n"
	. "<!-- wp:shortcode -->\n[civic_attractions_map view=\"list\" consent=\"granted\" tile-url=\"https://tiles.example.org/{z}/{x}/{y}.png\"]\n<!-- /wp:shortcode -->\n"
	. "<!-- wp:shortcode -->\n[civic_partnership_panel order=\"newest\" heading_level=\"3\"]\n<!-- /wp:shortcode -->\n",
	'page',
	$editor_id
);
// A post that itself uses a block and a shortcode, and so also appears in the feeds.
$post_with_widgets = civic_test_page(
	'Sochaczew w skrócie',
	"<!-- wp:civic-widgets/news-ticker {\"mode\":\"step\"} /-->\n<!-- wp:shortcode -->\n[civic_article_cards page_size=\"2\" layout=\"compact\"]\n<!-- /wp:shortcode -->\n",
	'post',
	$editor_id
);
wp_set_post_categories( $post_with_widgets['id'], array( $categories['aktualnosci'] ) );
$plain = civic_test_page( 'Kontakt', '<!-- wp:paragraph --><p>Plac Kościuszki 16, 96-500 Sochaczew.</p><!-- /wp:paragraph -->' );

echo wp_json_encode(
	array(
		'posts'           => $made,
		'categories'      => $categories,
		'blocksPage'      => $blocks,
		'shortcodesPage'  => $shortcodes,
		'postWithWidgets' => $post_with_widgets,
		'plainPage'       => $plain,
		'users'           => array(
			'admin'  => 'admin',
			'editor' => 'redaktorka',
			'german' => 'verwaltung',
		),
	)
);
