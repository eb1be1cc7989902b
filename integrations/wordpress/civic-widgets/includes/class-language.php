<?php
/**
 * The language of the page, for the elements' `lang` and the fallback's words.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Polylang's or WPML's language of the page when one of them is active, else the site's
 * locale: pl_PL → pl, de_DE (de_AT, de_CH, de_DE_formal) → de, en_GB → en, uk → uk.
 */
final class Language {

	/** Hooks. */
	public static function boot(): void {
		add_filter( 'rest_post_query', array( self::class, 'rest_language' ), 10, 2 );
	}

	/**
	 * `?lang=de` on /wp/v2/posts, for the feeds this plugin writes: Polylang Pro and WPML read it
	 * themselves; free Polylang filters WP_Query by its `lang` query variable, which this passes on.
	 *
	 * @param array<string, mixed> $args    WP_Query arguments of the REST request.
	 * @param \WP_REST_Request     $request The request.
	 * @return array<string, mixed>
	 */
	public static function rest_language( array $args, \WP_REST_Request $request ): array {
		$lang = $request->get_param( 'lang' );
		if ( is_string( $lang ) && ! isset( $args['lang'] ) && function_exists( 'pll_languages_list' ) && in_array( $lang, (array) pll_languages_list( array( 'fields' => 'slug' ) ), true ) ) {
			$args['lang'] = $lang;
		}
		return $args;
	}

	/** The language of the page being rendered, as a BCP 47 primary tag (pl, de, en, uk, …). */
	public static function current(): string {
		$multilingual = self::from_multilingual_plugin();
		return $multilingual ?? self::from_locale( get_locale() );
	}

	/** A WordPress locale (pl_PL, de_DE_formal, en_GB, uk) as a language tag (pl, de, en, uk). */
	public static function from_locale( string $locale ): string {
		$language = strtolower( (string) strtok( $locale, '_-' ) );
		return preg_match( '/^[a-z]{2,3}$/', $language ) ? $language : 'en';
	}

	/**
	 * The page's language from Polylang (pll_current_language) or WPML (wpml_current_language),
	 * or null when neither is active or neither knows (e.g. in the REST API outside a post).
	 */
	private static function from_multilingual_plugin(): ?string {
		$language = null;
		if ( function_exists( 'pll_current_language' ) ) {
			$language = pll_current_language( 'slug' );
			if ( ! $language && function_exists( 'pll_get_post_language' ) && get_the_ID() ) {
				$language = pll_get_post_language( (int) get_the_ID(), 'slug' );
			}
		} elseif ( defined( 'ICL_SITEPRESS_VERSION' ) || has_filter( 'wpml_current_language' ) ) {
			$language = apply_filters( 'wpml_current_language', null );
		}
		if ( ! is_string( $language ) || '' === $language || 'all' === $language ) {
			return null;
		}
		return self::from_locale( $language );
	}

	/** Whether Polylang or WPML decides the language (so the REST feed is asked for it too). */
	public static function multilingual_plugin_active(): bool {
		return null !== self::from_multilingual_plugin();
	}
}
