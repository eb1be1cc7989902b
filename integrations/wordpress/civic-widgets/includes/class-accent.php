<?php
/**
 * A theme from one accent colour, kept readable in light and dark schemes.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Writes the `--civic-color-accent` tokens for a site's own colour. Links and buttons use the
 * accent on the elements' surfaces, so a colour too light (or, in dark mode, too dark) is
 * moved towards black (or white) until it reaches WCAG AA contrast (4.5:1).
 */
final class Accent {

	private const LIGHT_SURFACE = '#ffffff';
	private const DARK_SURFACE  = '#1e2329';
	private const MIN_CONTRAST  = 4.5;

	/** The CSS for an accent colour (#rrggbb). */
	public static function css( string $hex ): string {
		$light = self::readable( $hex, self::LIGHT_SURFACE, '#000000' );
		$dark  = self::readable( $hex, self::DARK_SURFACE, '#ffffff' );
		$tags  = ':is(civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel)';
		return ":root, {$tags}[theme='light'] { --civic-color-accent: {$light}; --civic-color-on-accent: " . self::text_on( $light ) . "; }\n"
			. "@media (prefers-color-scheme: dark) { :root:not([data-civic-theme='light']) { --civic-color-accent: {$dark}; --civic-color-on-accent: " . self::text_on( $dark ) . "; } }\n"
			. "{$tags}[theme='dark'] { --civic-color-accent: {$dark}; --civic-color-on-accent: " . self::text_on( $dark ) . "; }\n";
	}

	/** The colour used in the light scheme (differs from $hex when that was too light). */
	public static function light( string $hex ): string {
		return self::readable( $hex, self::LIGHT_SURFACE, '#000000' );
	}

	/** $hex, mixed step by step towards $toward until it contrasts enough with $surface. */
	private static function readable( string $hex, string $surface, string $toward ): string {
		$color = self::rgb( $hex );
		$goal  = self::rgb( $toward );
		for ( $step = 0; $step <= 20; $step++ ) {
			$mixed = array_map( static fn( $a, $b ) => (int) round( $a + ( $b - $a ) * $step / 20 ), $color, $goal );
			if ( self::contrast( $mixed, self::rgb( $surface ) ) >= self::MIN_CONTRAST ) {
				return vsprintf( '#%02x%02x%02x', $mixed );
			}
		}
		return $toward;
	}

	/** White or near-black text, whichever reads better on $hex. */
	private static function text_on( string $hex ): string {
		$color = self::rgb( $hex );
		return self::contrast( $color, array( 255, 255, 255 ) ) >= self::contrast( $color, array( 17, 20, 24 ) ) ? '#ffffff' : '#111418';
	}

	/**
	 * #rrggbb (or #rgb) as three 0–255 numbers.
	 *
	 * @return int[]
	 */
	private static function rgb( string $hex ): array {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		return array_map( 'hexdec', str_split( str_pad( substr( $hex, 0, 6 ), 6, '0' ), 2 ) );
	}

	/**
	 * WCAG contrast ratio of two colours.
	 *
	 * @param int[] $a RGB.
	 * @param int[] $b RGB.
	 */
	private static function contrast( array $a, array $b ): float {
		$la = self::luminance( $a );
		$lb = self::luminance( $b );
		return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
	}

	/**
	 * WCAG relative luminance.
	 *
	 * @param int[] $rgb RGB.
	 */
	private static function luminance( array $rgb ): float {
		$channel = static function ( int $value ): float {
			$c = $value / 255;
			return $c <= 0.03928 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
		};
		[ $r, $g, $b ] = array_map( $channel, $rgb );
		return 0.2126 * $r + 0.7152 * $g + 0.0722 * $b;
	}
}
