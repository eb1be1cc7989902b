<?php
/**
 * A small JSON Schema (2020-12) validator for the keywords the published schemas use.
 *
 * @package CivicWidgets
 */

namespace CivicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Checks decoded JSON (objects as stdClass, so `{}` and `[]` stay apart) against one of the
 * schemas in schema/ and explains each problem in the editor's language, with the place it
 * was found (`features[3].properties.category`). A keyword it does not know throws, so a
 * schema that grows is noticed instead of silently passing everything.
 */
final class Schema_Validator {

	/** Keywords that describe rather than constrain. */
	private const ANNOTATIONS = array( '$schema', '$id', '$comment', '$defs', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly' );

	/** Stop after this many problems: an editor fixes the first few and uploads again. */
	private const MAX_PROBLEMS = 10;

	/** @var object The whole schema, for $ref. */
	private object $root;

	/** @var string[] */
	private array $problems = array();

	/** @param object $schema The schema, decoded without associative arrays. */
	public function __construct( object $schema ) {
		$this->root = $schema;
	}

	/**
	 * The problems of `$data`, each one sentence; empty when it is valid.
	 *
	 * @param mixed $data Decoded JSON.
	 * @return string[]
	 */
	public function problems( mixed $data ): array {
		$this->problems = array();
		$this->check( $this->root, $data, '' );
		return $this->problems;
	}

	/**
	 * Checks one value against one (sub)schema; returns whether it passed.
	 *
	 * @param object|bool $schema Schema.
	 * @param mixed       $data   Value.
	 * @param string      $path   Where the value is.
	 */
	private function check( object|bool $schema, mixed $data, string $path ): bool {
		if ( is_bool( $schema ) ) {
			return $schema || $this->fail( $path, __( 'is not allowed here.', 'civic-widgets' ) );
		}
		$before = count( $this->problems );
		foreach ( get_object_vars( $schema ) as $keyword => $value ) {
			if ( count( $this->problems ) >= self::MAX_PROBLEMS ) {
				return false;
			}
			if ( in_array( $keyword, self::ANNOTATIONS, true ) ) {
				continue;
			}
			$this->keyword( $keyword, $value, $schema, $data, $path );
		}
		return count( $this->problems ) === $before;
	}

	/**
	 * Applies one keyword.
	 *
	 * @param string $keyword The keyword.
	 * @param mixed  $value   Its value in the schema.
	 * @param object $schema  The schema holding it.
	 * @param mixed  $data    The value checked.
	 * @param string $path    Where the value is.
	 * @throws \LogicException For a keyword this validator does not implement.
	 */
	private function keyword( string $keyword, mixed $value, object $schema, mixed $data, string $path ): void {
		switch ( $keyword ) {
			case '$ref':
				$this->check( $this->resolve( (string) $value ), $data, $path );
				return;
			case 'type':
				if ( ! $this->is_type( $data, (string) $value ) ) {
					$this->fail( $path, sprintf( /* translators: %s: a type such as "a text" */ __( 'must be %s.', 'civic-widgets' ), $this->type_name( (string) $value ) ) );
				}
				return;
			case 'const':
				if ( $data !== $value ) {
					$this->fail( $path, sprintf( /* translators: %s: the required value */ __( 'must be %s.', 'civic-widgets' ), wp_json_encode( $value ) ) );
				}
				return;
			case 'enum':
				if ( ! in_array( $data, (array) $value, true ) ) {
					$this->fail( $path, sprintf( /* translators: %s: allowed values */ __( 'must be one of: %s.', 'civic-widgets' ), implode( ', ', array_map( 'wp_json_encode', (array) $value ) ) ) );
				}
				return;
			case 'oneOf':
			case 'anyOf':
				$this->one_of( $keyword, (array) $value, $data, $path );
				return;
			case 'allOf':
				foreach ( (array) $value as $sub ) {
					$this->check( $sub, $data, $path );
				}
				return;
		}
		if ( is_object( $data ) ) {
			$this->object_keyword( $keyword, $value, $schema, $data, $path );
		} elseif ( is_array( $data ) ) {
			$this->array_keyword( $keyword, $value, $data, $path );
		} elseif ( is_string( $data ) ) {
			$this->string_keyword( $keyword, $value, $data, $path );
		} elseif ( is_int( $data ) || is_float( $data ) ) {
			$this->number_keyword( $keyword, $value, $data, $path );
		} elseif ( ! self::known( $keyword ) ) {
			throw new \LogicException( 'Unsupported JSON Schema keyword: ' . esc_html( $keyword ) );
		}
	}

	/** Whether a type-specific keyword is one this validator implements. */
	private static function known( string $keyword ): bool {
		return in_array( $keyword, array( 'required', 'properties', 'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties', 'items', 'prefixItems', 'minItems', 'maxItems', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum' ), true );
	}

	/**
	 * Keywords for objects.
	 *
	 * @param string $keyword Keyword.
	 * @param mixed  $value   Its value.
	 * @param object $schema  The schema holding it.
	 * @param object $data    The object checked.
	 * @param string $path    Where it is.
	 * @throws \LogicException For an unknown keyword.
	 */
	private function object_keyword( string $keyword, mixed $value, object $schema, object $data, string $path ): void {
		$fields = get_object_vars( $data );
		switch ( $keyword ) {
			case 'required':
				foreach ( (array) $value as $name ) {
					if ( ! array_key_exists( $name, $fields ) ) {
						$this->fail( $path, sprintf( /* translators: %s: field name */ __( 'the field “%s” is missing.', 'civic-widgets' ), $name ) );
					}
				}
				return;
			case 'properties':
				foreach ( get_object_vars( $value ) as $name => $sub ) {
					if ( array_key_exists( $name, $fields ) ) {
						$this->check( $sub, $fields[ $name ], self::join( $path, $name ) );
					}
				}
				return;
			case 'additionalProperties':
				$declared = isset( $schema->properties ) ? array_keys( get_object_vars( $schema->properties ) ) : array();
				foreach ( $fields as $name => $field ) {
					if ( in_array( (string) $name, $declared, true ) ) {
						continue;
					}
					if ( false === $value ) {
						$this->fail( $path, sprintf( /* translators: %s: field name */ __( 'has an unknown field “%s”.', 'civic-widgets' ), $name ) );
					} else {
						$this->check( $value, $field, self::join( $path, (string) $name ) );
					}
				}
				return;
			case 'propertyNames':
				foreach ( array_keys( $fields ) as $name ) {
					if ( ! $this->quietly( $value, (string) $name ) ) {
						$this->fail( $path, sprintf( /* translators: %s: field name */ __( '“%s” is not a valid name here.', 'civic-widgets' ), $name ) );
					}
				}
				return;
			case 'minProperties':
				if ( count( $fields ) < (int) $value ) {
					$this->fail( $path, __( 'must not be empty.', 'civic-widgets' ) );
				}
				return;
			case 'maxProperties':
				if ( count( $fields ) > (int) $value ) {
					$this->fail( $path, sprintf( /* translators: %d: a number */ __( 'may have at most %d fields.', 'civic-widgets' ), (int) $value ) );
				}
				return;
		}
		if ( ! self::known( $keyword ) ) {
			throw new \LogicException( 'Unsupported JSON Schema keyword: ' . esc_html( $keyword ) );
		}
	}

	/**
	 * Keywords for lists.
	 *
	 * @param string  $keyword Keyword.
	 * @param mixed   $value   Its value.
	 * @param mixed[] $data    The list checked.
	 * @param string  $path    Where it is.
	 * @throws \LogicException For an unknown keyword.
	 */
	private function array_keyword( string $keyword, mixed $value, array $data, string $path ): void {
		switch ( $keyword ) {
			case 'items':
				foreach ( $data as $index => $item ) {
					if ( count( $this->problems ) >= self::MAX_PROBLEMS ) {
						return;
					}
					$this->check( $value, $item, $path . '[' . $index . ']' );
				}
				return;
			case 'prefixItems':
				foreach ( (array) $value as $index => $sub ) {
					if ( array_key_exists( $index, $data ) ) {
						$this->check( $sub, $data[ $index ], $path . '[' . $index . ']' );
					}
				}
				return;
			case 'minItems':
				if ( count( $data ) < (int) $value ) {
					$this->fail( $path, sprintf( /* translators: %d: a number */ _n( 'needs at least %d entry.', 'needs at least %d entries.', (int) $value, 'civic-widgets' ), (int) $value ) );
				}
				return;
			case 'maxItems':
				if ( count( $data ) > (int) $value ) {
					$this->fail( $path, sprintf( /* translators: %d: a number */ _n( 'may have at most %d entry.', 'may have at most %d entries.', (int) $value, 'civic-widgets' ), (int) $value ) );
				}
				return;
		}
		if ( ! self::known( $keyword ) ) {
			throw new \LogicException( 'Unsupported JSON Schema keyword: ' . esc_html( $keyword ) );
		}
	}

	/**
	 * Keywords for strings.
	 *
	 * @param string $keyword Keyword.
	 * @param mixed  $value   Its value.
	 * @param string $data    The string checked.
	 * @param string $path    Where it is.
	 * @throws \LogicException For an unknown keyword.
	 */
	private function string_keyword( string $keyword, mixed $value, string $data, string $path ): void {
		switch ( $keyword ) {
			case 'pattern':
				if ( ! preg_match( '#' . str_replace( '#', '\\#', (string) $value ) . '#u', $data ) ) {
					$this->fail( $path, sprintf( /* translators: 1: the value, 2: a regular expression */ __( '“%1$s” is not written as expected (%2$s).', 'civic-widgets' ), self::short( $data ), $value ) );
				}
				return;
			case 'format':
				$this->format( (string) $value, $data, $path );
				return;
			case 'minLength':
				if ( mb_strlen( $data ) < (int) $value ) {
					$this->fail( $path, __( 'is too short.', 'civic-widgets' ) );
				}
				return;
			case 'maxLength':
				if ( mb_strlen( $data ) > (int) $value ) {
					$this->fail( $path, __( 'is too long.', 'civic-widgets' ) );
				}
				return;
		}
		if ( ! self::known( $keyword ) ) {
			throw new \LogicException( 'Unsupported JSON Schema keyword: ' . esc_html( $keyword ) );
		}
	}

	/**
	 * Keywords for numbers.
	 *
	 * @param string    $keyword Keyword.
	 * @param mixed     $value   Its value.
	 * @param int|float $data    The number checked.
	 * @param string    $path    Where it is.
	 * @throws \LogicException For an unknown keyword.
	 */
	private function number_keyword( string $keyword, mixed $value, int|float $data, string $path ): void {
		if ( 'minimum' === $keyword && $data < $value ) {
			$this->fail( $path, sprintf( /* translators: %s: a number */ __( 'must be at least %s.', 'civic-widgets' ), $value ) );
		} elseif ( 'maximum' === $keyword && $data > $value ) {
			$this->fail( $path, sprintf( /* translators: %s: a number */ __( 'must be at most %s.', 'civic-widgets' ), $value ) );
		} elseif ( ! self::known( $keyword ) ) {
			throw new \LogicException( 'Unsupported JSON Schema keyword: ' . esc_html( $keyword ) );
		}
	}

	/**
	 * The formats the schemas use; others are annotations, as the specification allows.
	 *
	 * @param string $format Format name.
	 * @param string $data   The string.
	 * @param string $path   Where it is.
	 */
	private function format( string $format, string $data, string $path ): void {
		if ( 'date' === $format ) {
			$ok = (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $data, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
			if ( ! $ok ) {
				$this->fail( $path, sprintf( /* translators: %s: the value */ __( '“%s” is not a date written YYYY-MM-DD.', 'civic-widgets' ), self::short( $data ) ) );
			}
		} elseif ( 'email' === $format && ! is_email( $data ) ) {
			$this->fail( $path, sprintf( /* translators: %s: the value */ __( '“%s” is not an e-mail address.', 'civic-widgets' ), self::short( $data ) ) );
		}
	}

	/**
	 * oneOf / anyOf. When nothing matches, the problems of the branch of the value's own type
	 * are the useful ones (a language map with a bad key, not "is not a string").
	 *
	 * @param string   $keyword  oneOf or anyOf.
	 * @param object[] $branches Sub-schemas.
	 * @param mixed    $data     Value.
	 * @param string   $path     Where it is.
	 */
	private function one_of( string $keyword, array $branches, mixed $data, string $path ): void {
		$passing = array_filter( $branches, fn( $branch ) => $this->quietly( $branch, $data ) );
		if ( 1 === count( $passing ) || ( 'anyOf' === $keyword && $passing ) ) {
			return;
		}
		if ( $passing ) {
			$this->fail( $path, __( 'matches more than one allowed form.', 'civic-widgets' ) );
			return;
		}
		foreach ( $branches as $branch ) {
			$resolved = isset( $branch->{'$ref'} ) ? $this->resolve( $branch->{'$ref'} ) : $branch;
			if ( isset( $resolved->type ) && $this->is_type( $data, (string) $resolved->type ) ) {
				$this->check( $branch, $data, $path );
				return;
			}
		}
		$types = array();
		foreach ( $branches as $branch ) {
			$resolved = isset( $branch->{'$ref'} ) ? $this->resolve( $branch->{'$ref'} ) : $branch;
			$types[]  = isset( $resolved->type ) ? $this->type_name( (string) $resolved->type ) : '…';
		}
		$this->fail( $path, sprintf( /* translators: %s: types joined by "or" */ __( 'must be %s.', 'civic-widgets' ), implode( ' / ', $types ) ) );
	}

	/**
	 * Whether a value passes a schema, without recording its problems.
	 *
	 * @param object|bool $schema Schema.
	 * @param mixed       $data   Value.
	 */
	private function quietly( object|bool $schema, mixed $data ): bool {
		$saved          = $this->problems;
		$this->problems = array();
		$ok             = $this->check( $schema, $data, '' );
		$this->problems = $saved;
		return $ok;
	}

	/**
	 * A local reference (`#/$defs/Feature`).
	 *
	 * @param string $ref The reference.
	 * @throws \LogicException For references outside the schema.
	 */
	private function resolve( string $ref ): object {
		if ( ! str_starts_with( $ref, '#/' ) ) {
			throw new \LogicException( 'Only local $ref is supported: ' . esc_html( $ref ) );
		}
		$node = $this->root;
		foreach ( explode( '/', substr( $ref, 2 ) ) as $part ) {
			$part = str_replace( array( '~1', '~0' ), array( '/', '~' ), $part );
			if ( ! is_object( $node ) || ! isset( $node->{$part} ) ) {
				throw new \LogicException( 'Unresolvable $ref: ' . esc_html( $ref ) );
			}
			$node = $node->{$part};
		}
		return $node;
	}

	/** Whether a value is of a JSON Schema type. */
	private function is_type( mixed $data, string $type ): bool {
		return match ( $type ) {
			'object'  => is_object( $data ),
			'array'   => is_array( $data ),
			'string'  => is_string( $data ),
			'integer' => is_int( $data ) || ( is_float( $data ) && floor( $data ) === $data ),
			'number'  => is_int( $data ) || is_float( $data ),
			'boolean' => is_bool( $data ),
			'null'    => null === $data,
			default   => false,
		};
	}

	/** A type as an editor reads it. */
	private function type_name( string $type ): string {
		return match ( $type ) {
			'object'  => __( 'a group of fields ({…})', 'civic-widgets' ),
			'array'   => __( 'a list ([…])', 'civic-widgets' ),
			'string'  => __( 'a text', 'civic-widgets' ),
			'integer' => __( 'a whole number', 'civic-widgets' ),
			'number'  => __( 'a number', 'civic-widgets' ),
			'boolean' => __( 'true or false', 'civic-widgets' ),
			default   => $type,
		};
	}

	/**
	 * Records a problem; returns false for use in expressions.
	 *
	 * @param string $path    Where.
	 * @param string $message What.
	 */
	private function fail( string $path, string $message ): bool {
		if ( count( $this->problems ) < self::MAX_PROBLEMS ) {
			$where            = '' === $path ? __( 'The file', 'civic-widgets' ) : $path;
			$this->problems[] = $where . ': ' . $message;
		}
		return false;
	}

	/** A path one field deeper. */
	private static function join( string $path, string $name ): string {
		return '' === $path ? $name : $path . '.' . $name;
	}

	/** A value cut for a message. */
	private static function short( string $text ): string {
		return mb_strlen( $text ) > 60 ? mb_substr( $text, 0, 57 ) . '…' : $text;
	}
}
