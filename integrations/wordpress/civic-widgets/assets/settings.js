/**
 * Settings → Civic Widgets: choose the attractions and partnership files from the media
 * library. The chosen file's ID goes into a hidden field; the server checks the file when the
 * form is saved.
 */
( function ( $, wp ) {
	'use strict';

	const { __ } = wp.i18n;
	const types = { attractions: [ 'application/geo+json', 'application/json' ], partnership: [ 'application/json' ] };

	$( '.civic-widgets-file' ).each( function () {
		const cell = $( this );
		const kind = cell.data( 'kind' );
		const input = cell.find( '.civic-widgets-file-id' );
		const name = cell.find( '.civic-widgets-file-name' );
		const clear = cell.find( '.civic-widgets-clear' );
		let frame;

		const choose = ( id, label ) => {
			input.val( id );
			name.text( label );
			cell.find( '.civic-widgets-file-status' ).text( id ? __( 'Checked when you save.', 'civic-widgets' ) : '' );
			clear.prop( 'hidden', ! id );
		};

		cell.find( '.civic-widgets-choose' ).on( 'click', function () {
			if ( ! frame ) {
				frame = wp.media( {
					title: kind === 'attractions' ? __( 'Choose the attractions file (GeoJSON)', 'civic-widgets' ) : __( 'Choose the partnership file (JSON)', 'civic-widgets' ),
					button: { text: __( 'Use this file', 'civic-widgets' ) },
					library: { type: types[ kind ] },
					multiple: false,
				} );
				frame.on( 'select', function () {
					const file = frame.state().get( 'selection' ).first().toJSON();
					choose( String( file.id ), file.filename || file.title );
				} );
			}
			frame.open();
		} );

		clear.on( 'click', function () {
			choose( '0', __( 'No file chosen.', 'civic-widgets' ) );
		} );
	} );
} )( window.jQuery, window.wp );
