<?php
/**
 * The panel's fallback: the partnership's essentials from the chosen JSON file.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Title, description, the two cities, the stage, the next step, the areas, the milestones
 * and the contacts, in the panel's own words and order.
 */
final class Fallback_Partnership {

	/** The stages in order, as in the schema. */
	private const STAGES = array( 'contact', 'talks', 'intent', 'signed', 'active' );

	/** What the partnership description may keep (as the schema allows: simple HTML). */
	private const RICH_TEXT = array(
		'p'      => array(),
		'br'     => array(),
		'strong' => array(),
		'em'     => array(),
		'ul'     => array(),
		'ol'     => array(),
		'li'     => array(),
		'a'      => array( 'href' => array() ),
	);

	/**
	 * The essentials.
	 *
	 * @param array<string, mixed> $attrs Clean block attributes.
	 * @param string               $lang  Language.
	 */
	public static function render( array $attrs, string $lang ): string {
		$data = isset( $attrs['src'] ) ? null : Data_Files::usable( 'partnership_id' );
		$p    = $data && is_array( $data->partnerships ?? null ) ? self::pick( $data->partnerships, $attrs['partner'] ?? null ) : null;
		if ( ! $p ) {
			return '';
		}
		$file_lang = is_string( $p->language ?? null ) ? $p->language : '';
		$text      = static fn( $value ) => Labels::localized( $value, $lang, $file_lang );
		$level     = max( 1, min( 6, (int) ( $attrs['headingLevel'] ?? 2 ) ) );
		$title     = 'h' . $level;
		$section   = 'h' . min( 6, $level + 1 );
		$html      = '<p class="civic-fallback__eyebrow">' . esc_html( Labels::get( 'panel.label', $lang ) ) . '</p>'
			. '<' . $title . ' class="civic-fallback__title">' . esc_html( $text( $p->title ?? '' ) ) . '</' . $title . '>';
		$about     = $text( $p->description ?? '' );
		if ( '' !== $about ) {
			$html .= '<div class="civic-fallback__description">' . wp_kses( $about, self::RICH_TEXT, array( 'http', 'https', 'mailto' ) ) . '</div>';
		}
		$html .= self::cities( $p, $text, $lang, $section );
		$html .= self::stage( $p, $text, $lang, $section );
		$html .= self::areas( $p, $text, $lang, $section );
		$html .= self::milestones( $p, $text, $lang, $section, ( $attrs['order'] ?? 'oldest' ) === 'newest' );
		$html .= self::contacts( $p, $text, $lang, $section );
		$html .= self::news( $p, $attrs, $lang, $section );
		return $html;
	}

	/**
	 * The partnership with the `partner` id, else the first.
	 *
	 * @param mixed[]     $partnerships The file's partnerships.
	 * @param string|null $id           The wanted id.
	 */
	public static function pick( array $partnerships, ?string $id ): ?object {
		foreach ( $partnerships as $partnership ) {
			if ( is_object( $partnership ) && ( null === $id || ( $partnership->id ?? null ) === $id ) ) {
				return $partnership;
			}
		}
		return null;
	}

	/**
	 * The two cities as cards: name, country, region, population, website.
	 *
	 * @param object   $p       Partnership.
	 * @param callable $text    Localized text picker.
	 * @param string   $lang    Language.
	 * @param string   $heading Section heading tag.
	 */
	private static function cities( object $p, callable $text, string $lang, string $heading ): string {
		$cards = '';
		$name_tag = 'h' . min( 6, (int) substr( $heading, 1 ) + 1 );
		foreach ( is_array( $p->cities ?? null ) ? $p->cities : array() as $city ) {
			if ( ! is_object( $city ) ) {
				continue;
			}
			$facts = array(
				'panel.country' => is_string( $city->country ?? null ) ? esc_html( $city->country ) : '',
				'panel.region'  => esc_html( $text( $city->region ?? '' ) ),
			);
			if ( is_int( $city->population ?? null ) ) {
				$number                     = number_format_i18n( $city->population );
				$facts['panel.population'] = esc_html( is_int( $city->populationYear ?? null ) ? Labels::get( 'panel.populationYear', $lang, array( 'value' => $number, 'year' => (string) $city->populationYear ) ) : $number );
			}
			$link                    = Fallback::link( $city->website ?? null, '' );
			$facts['panel.website'] = $link ? '<a href="' . $link . '">' . esc_html( (string) wp_parse_url( $link, PHP_URL_HOST ) ) . '</a>' : '';
			$list                    = '';
			foreach ( array_filter( $facts ) as $key => $value ) {
				$list .= '<div><dt>' . esc_html( Labels::get( $key, $lang ) ) . '</dt><dd>' . $value . '</dd></div>';
			}
			$cards .= '<article class="civic-fallback__city"><' . $name_tag . '>' . esc_html( $text( $city->name ?? '' ) ) . '</' . $name_tag . '><dl>' . $list . '</dl></article>';
		}
		return self::section( $heading, Labels::get( 'panel.cities', $lang ), '<div class="civic-fallback__pair">' . $cards . '</div>' );
	}

	/**
	 * The stage on the five-step scale, since when, and the next step.
	 *
	 * @param object   $p       Partnership.
	 * @param callable $text    Localized text picker.
	 * @param string   $lang    Language.
	 * @param string   $heading Section heading tag.
	 */
	private static function stage( object $p, callable $text, string $lang, string $heading ): string {
		$status = is_string( $p->status ?? null ) ? $p->status : '';
		$step   = array_search( $status, self::STAGES, true );
		if ( false === $step ) {
			return '';
		}
		$summary = Labels::get(
			'panel.stageOf',
			$lang,
			array(
				'step'  => (string) ( $step + 1 ),
				'total' => (string) count( self::STAGES ),
				'label' => Labels::get( 'panel.steps.' . $status, $lang ),
			)
		) . ' — ' . Labels::get( 'panel.stepText.' . $status, $lang );
		$steps = '';
		foreach ( self::STAGES as $index => $stage ) {
			$state  = $index < $step ? 'done' : ( $index === $step ? 'current' : 'upcoming' );
			$steps .= '<li class="civic-fallback__step civic-fallback__step--' . $state . '"><span>' . esc_html( (string) ( $index + 1 ) ) . '</span> '
				. esc_html( Labels::get( 'panel.steps.' . $stage, $lang ) ) . ' <em>(' . esc_html( Labels::get( 'panel.' . $state, $lang ) ) . ')</em></li>';
		}
		$facts = '';
		if ( is_string( $p->since ?? null ) && strtotime( $p->since ) ) {
			$facts .= '<div><dt>' . esc_html( Labels::get( 'panel.since', $lang ) ) . '</dt><dd>' . Fallback::time( (int) strtotime( $p->since . ' 12:00:00 UTC' ) ) . '</dd></div>';
		}
		$next = $text( $p->next ?? '' );
		if ( '' !== $next ) {
			$facts .= '<div><dt>' . esc_html( Labels::get( 'panel.next', $lang ) ) . '</dt><dd>' . esc_html( $next ) . '</dd></div>';
		}
		return self::section( $heading, Labels::get( 'panel.status', $lang ), '<p class="civic-fallback__summary">' . esc_html( $summary ) . '</p><ol class="civic-fallback__scale">' . $steps . '</ol>' . ( $facts ? '<dl class="civic-fallback__facts">' . $facts . '</dl>' : '' ) );
	}

	/**
	 * The areas of cooperation.
	 *
	 * @param object   $p       Partnership.
	 * @param callable $text    Localized text picker.
	 * @param string   $lang    Language.
	 * @param string   $heading Section heading tag.
	 */
	private static function areas( object $p, callable $text, string $lang, string $heading ): string {
		$items = '';
		foreach ( is_array( $p->areas ?? null ) ? $p->areas : array() as $area ) {
			$title = is_object( $area ) ? $text( $area->title ?? '' ) : '';
			if ( '' !== $title ) {
				$description = $text( $area->description ?? '' );
				$items      .= '<li class="civic-fallback__area"><strong>' . esc_html( $title ) . '</strong>' . ( '' !== $description ? '<span>' . esc_html( $description ) . '</span>' : '' ) . '</li>';
			}
		}
		return '' === $items ? '' : self::section( $heading, Labels::get( 'panel.areas', $lang ), '<ul>' . $items . '</ul>' );
	}

	/**
	 * The milestones, dated, in the panel's order.
	 *
	 * @param object   $p       Partnership.
	 * @param callable $text    Localized text picker.
	 * @param string   $lang    Language.
	 * @param string   $heading Section heading tag.
	 * @param bool     $newest  Newest first.
	 */
	private static function milestones( object $p, callable $text, string $lang, string $heading, bool $newest ): string {
		$milestones = array_filter( is_array( $p->milestones ?? null ) ? $p->milestones : array(), static fn( $m ) => is_object( $m ) && is_string( $m->date ?? null ) && strtotime( $m->date ) );
		usort( $milestones, static fn( $a, $b ) => $newest ? strcmp( $b->date, $a->date ) : strcmp( $a->date, $b->date ) );
		$items = '';
		foreach ( $milestones as $milestone ) {
			$link   = Fallback::link( $milestone->url ?? null, '' );
			$title  = esc_html( $text( $milestone->title ?? '' ) );
			$detail = $text( $milestone->text ?? '' );
			$items .= '<li class="civic-fallback__milestone">' . Fallback::time( (int) strtotime( $milestone->date . ' 12:00:00 UTC' ) )
				. '<strong>' . $title . '</strong>'
				. ( '' !== $detail ? '<span>' . esc_html( $detail ) . '</span>' : '' )
				. ( $link ? '<a href="' . $link . '">' . esc_html( Labels::get( 'panel.readMore', $lang ) ) . '<span class="civic-fallback__hidden">: ' . $title . '</span></a>' : '' ) . '</li>';
		}
		return '' === $items ? '' : self::section( $heading, Labels::get( 'panel.timeline', $lang ), '<ol>' . $items . '</ol>' );
	}

	/**
	 * The contacts, one group per city, with e-mail and phone links.
	 *
	 * @param object   $p       Partnership.
	 * @param callable $text    Localized text picker.
	 * @param string   $lang    Language.
	 * @param string   $heading Section heading tag.
	 */
	private static function contacts( object $p, callable $text, string $lang, string $heading ): string {
		$group_tag = 'h' . min( 6, (int) substr( $heading, 1 ) + 1 );
		$groups    = '';
		$contacts  = is_array( $p->contacts ?? null ) ? $p->contacts : array();
		foreach ( is_array( $p->cities ?? null ) ? $p->cities : array() as $city ) {
			$items = '';
			foreach ( $contacts as $contact ) {
				if ( is_object( $city ) && is_object( $contact ) && is_string( $contact->name ?? null ) && ( $contact->city ?? null ) === ( $city->id ?? '' ) ) {
					$items .= self::contact( $contact, $text );
				}
			}
			if ( '' !== $items ) {
				$groups .= '<div class="civic-fallback__group"><' . $group_tag . '>' . esc_html( $text( $city->name ?? '' ) ) . '</' . $group_tag . '><ul>' . $items . '</ul></div>';
			}
		}
		return '' === $groups ? '' : self::section( $heading, Labels::get( 'panel.contacts', $lang ), '<div class="civic-fallback__groups">' . $groups . '</div>' );
	}

	/**
	 * One contact: name, role, department, e-mail, phone.
	 *
	 * @param object   $contact Contact.
	 * @param callable $text    Localized text picker.
	 */
	private static function contact( object $contact, callable $text ): string {
		$html = '<li class="civic-fallback__contact"><strong>' . esc_html( $contact->name ) . '</strong>';
		foreach ( array( $contact->role ?? '', $contact->department ?? '' ) as $line ) {
			if ( '' !== $text( $line ) ) {
				$html .= '<span>' . esc_html( $text( $line ) ) . '</span>';
			}
		}
		if ( is_string( $contact->email ?? null ) && is_email( $contact->email ) ) {
			$html .= '<a href="' . esc_url( 'mailto:' . $contact->email ) . '">' . esc_html( $contact->email ) . '</a>';
		}
		if ( is_string( $contact->phone ?? null ) && preg_match( '/^[+()\d\s.\/-]{3,40}$/', $contact->phone ) ) {
			$html .= '<a href="' . esc_url( 'tel:' . preg_replace( '/[^+\d]/', '', $contact->phone ) ) . '">' . esc_html( $contact->phone ) . '</a>';
		}
		return $html . '</li>';
	}

	/**
	 * Joint news: the site's posts in the category the partnership's newsTag names.
	 *
	 * @param object               $p       Partnership.
	 * @param array<string, mixed> $attrs   Clean block attributes.
	 * @param string               $lang    Language.
	 * @param string               $heading Section heading tag.
	 */
	private static function news( object $p, array $attrs, string $lang, string $heading ): string {
		if ( isset( $attrs['newsSrc'] ) ) {
			return '';
		}
		$tag   = $attrs['newsTag'] ?? ( is_string( $p->newsTag ?? null ) ? $p->newsTag : null );
		$ids   = $tag ? Attributes::category_ids( array( $tag ) ) : array();
		$posts = $ids ? get_posts(
			array(
				'category__in'        => $ids,
				'posts_per_page'      => max( 1, min( 20, (int) ( $attrs['newsLimit'] ?? 3 ) ) ),
				'ignore_sticky_posts' => true,
				'no_found_rows'       => true,
				'suppress_filters'    => false,
			)
		) : array();
		$items = '';
		foreach ( $posts as $post ) {
			$items .= '<li><a href="' . esc_url( get_permalink( $post ) ) . '">' . esc_html( html_entity_decode( wp_strip_all_tags( get_the_title( $post ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) . '</a> ' . Fallback::time( (int) get_post_timestamp( $post ) ) . '</li>';
		}
		$body = '' === $items ? '<p>' . esc_html( Labels::get( 'panel.newsEmpty', $lang ) ) . '</p>' : '<ul class="civic-fallback__news">' . $items . '</ul>';
		return self::section( $heading, Labels::get( 'panel.news', $lang ), $body );
	}

	/**
	 * A section with its heading.
	 *
	 * @param string $heading Heading tag.
	 * @param string $title   Heading text.
	 * @param string $body    Safe HTML.
	 */
	private static function section( string $heading, string $title, string $body ): string {
		return '<section class="civic-fallback__section"><' . $heading . '>' . esc_html( $title ) . '</' . $heading . '>' . $body . '</section>';
	}
}
