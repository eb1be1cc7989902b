/**
 * The four blocks in the editor: options in the sidebar, and a live preview that is the real
 * element, rendered by the server exactly as visitors get it (ServerSideRender) and brought to
 * life by the library, which this script loads into the editor's canvas (also when the canvas
 * is an iframe). Plain JavaScript on WordPress's globals: no build step.
 */
( function ( wp, config ) {
	'use strict';

	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment, useEffect, useRef } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl, CheckboxControl, Notice, Spinner, ExternalLink } = wp.components;
	const { __ } = wp.i18n;
	const { useSelect } = wp.data;
	const ServerSideRender = wp.serverSideRender;

	/** Loads the library (and the site's theme) into a document once: the editor's or its iframe canvas. */
	function ensureLibrary( doc ) {
		if ( ! doc || ! doc.head || doc.querySelector( 'script[data-civic-widgets]' ) ) return;
		const script = doc.createElement( 'script' );
		script.type = 'module';
		script.src = config.library;
		script.dataset.civicWidgets = '';
		doc.head.appendChild( script );
		// The editor's own document has the fallback styles already (editorStyle); an iframe not.
		for ( const href of [ ...( doc === document ? [] : config.fallbackCss ), config.themeCss ] ) {
			if ( ! href ) continue;
			const link = doc.createElement( 'link' );
			link.rel = 'stylesheet';
			link.href = href;
			doc.head.appendChild( link );
		}
		if ( config.accentCss ) {
			const style = doc.createElement( 'style' );
			style.textContent = config.accentCss;
			doc.head.appendChild( style );
		}
	}

	/** An attribute's value for a control: unset shows as empty (the element's default applies). */
	const shown = ( value ) => ( value === undefined || value === null ? '' : String( value ) );

	// One descriptor per control; `when` hides a control that does not apply.
	const text = ( name, label, help, when ) => ( { kind: 'text', name, label, help, when } );
	const number = ( name, label, placeholder, when ) => ( { kind: 'number', name, label, placeholder, when } );
	const choice = ( name, label, options, when ) => ( { kind: 'select', name, label, options, when } );
	const toggle = ( name, label, help ) => ( { kind: 'toggle', name, label, help } );
	const siteFeed = ( attributes ) => ! attributes.src;
	const otherFeed = ( attributes ) => Boolean( attributes.src );
	const byDefault = ( label ) => ( { value: '', label } );

	function languageOptions() {
		const name = ( code ) => {
			try {
				return new Intl.DisplayNames( [ code ], { type: 'language' } ).of( code );
			} catch {
				return code;
			}
		};
		return [ byDefault( __( 'The page’s language', 'civic-widgets' ) ), ...config.languages.map( ( code ) => ( { value: code, label: name( code ) } ) ) ];
	}

	function advanced() {
		return [
			choice( 'lang', __( 'Language', 'civic-widgets' ), languageOptions() ),
			choice( 'theme', __( 'Colour scheme', 'civic-widgets' ), [
				byDefault( __( 'As in the settings', 'civic-widgets' ) ),
				{ value: 'light', label: __( 'Light', 'civic-widgets' ) },
				{ value: 'dark', label: __( 'Dark', 'civic-widgets' ) },
			] ),
			number( 'timeout', __( 'Give up loading after (seconds)', 'civic-widgets' ), '10' ),
			number( 'refresh', __( 'Reload every (seconds, empty = never)', 'civic-widgets' ), '' ),
		];
	}

	const feedAddress = () =>
		text( 'src', __( 'Feed address (optional)', 'civic-widgets' ), __( 'Leave empty for this site’s posts. Also reads JSON Feed, RSS, Atom and other WordPress sites.', 'civic-widgets' ) );
	const nameFilter = () =>
		text( 'category', __( 'Only these categories of the feed', 'civic-widgets' ), __( 'Names, separated by commas.', 'civic-widgets' ), otherFeed );
	const headingLevels = ( from, fallback ) => [
		byDefault( __( 'Default', 'civic-widgets' ) + ' (H' + fallback + ')' ),
		...[ 1, 2, 3, 4, 5, 6 ].filter( ( level ) => level >= from ).map( ( level ) => ( { value: String( level ), label: 'H' + level } ) ),
	];

	/** The sidebar of each block: panels of controls. */
	const PANELS = {
		'news-ticker': () => [
			[ __( 'Content', 'civic-widgets' ), [ { kind: 'categories', when: siteFeed }, feedAddress(), nameFilter(), number( 'limit', __( 'Headlines', 'civic-widgets' ), '10' ) ] ],
			[
				__( 'Display', 'civic-widgets' ),
				[
					choice( 'mode', __( 'Motion', 'civic-widgets' ), [
						byDefault( __( 'Continuous scroll', 'civic-widgets' ) ),
						{ value: 'step', label: __( 'One headline at a time', 'civic-widgets' ) },
					] ),
					number( 'speed', __( 'Scroll speed (pixels per second)', 'civic-widgets' ), '60', ( a ) => a.mode !== 'step' ),
					number( 'interval', __( 'Seconds per headline', 'civic-widgets' ), '5', ( a ) => a.mode === 'step' ),
					choice( 'time', __( 'Time', 'civic-widgets' ), [
						byDefault( __( 'Relative (“2 hours ago”)', 'civic-widgets' ) ),
						{ value: 'date', label: __( 'Date', 'civic-widgets' ) },
						{ value: 'none', label: __( 'None', 'civic-widgets' ) },
					] ),
					text( 'label', __( 'Label', 'civic-widgets' ), __( 'Empty: “Latest” in the page’s language.', 'civic-widgets' ) ),
					toggle( 'paused', __( 'Start paused', 'civic-widgets' ) ),
				],
			],
		],
		'article-cards': () => [
			[
				__( 'Content', 'civic-widgets' ),
				[ { kind: 'categories', when: siteFeed }, feedAddress(), nameFilter(), number( 'count', __( 'Posts to load', 'civic-widgets' ), '12', siteFeed ) ],
			],
			[
				__( 'Display', 'civic-widgets' ),
				[
					choice( 'layout', __( 'Layout', 'civic-widgets' ), [
						byDefault( __( 'Grid', 'civic-widgets' ) ),
						{ value: 'list', label: __( 'List (image beside text)', 'civic-widgets' ) },
						{ value: 'compact', label: __( 'Titles only', 'civic-widgets' ) },
					] ),
					number( 'pageSize', __( 'Cards shown (and added by “more”)', 'civic-widgets' ), '6' ),
					toggle( 'featured', __( 'First card larger', 'civic-widgets' ) ),
					choice( 'headingLevel', __( 'Title heading level', 'civic-widgets' ), headingLevels( 2, 3 ) ),
					toggle( 'seo', __( 'Tell search engines about the articles (JSON-LD)', 'civic-widgets' ) ),
				],
			],
		],
		'attractions-map': () => [
			[
				__( 'Content', 'civic-widgets' ),
				[
					text( 'src', __( 'Attractions file address (optional)', 'civic-widgets' ), __( 'Leave empty for the file chosen in Settings → Civic Widgets.', 'civic-widgets' ) ),
					text( 'categories', __( 'Categories shown at first', 'civic-widgets' ), __( 'E.g. museum, park. Empty: all.', 'civic-widgets' ) ),
				],
			],
			[
				__( 'Display', 'civic-widgets' ),
				[
					choice( 'view', __( 'View', 'civic-widgets' ), [ byDefault( __( 'Map and list', 'civic-widgets' ) ), { value: 'list', label: __( 'List only (no map)', 'civic-widgets' ) } ] ),
					toggle( 'hash', __( 'Links to single attractions (#poi=…)', 'civic-widgets' ) ),
					text( 'directionsUrl', __( 'Route planner address', 'civic-widgets' ), __( 'With {lat}, {lon} and {name}. Empty: OpenStreetMap.', 'civic-widgets' ) ),
				],
			],
		],
		'partnership-panel': () => [
			[
				__( 'Content', 'civic-widgets' ),
				[
					text( 'src', __( 'Partnership file address (optional)', 'civic-widgets' ), __( 'Leave empty for the file chosen in Settings → Civic Widgets.', 'civic-widgets' ) ),
					text( 'partner', __( 'Partnership id', 'civic-widgets' ), __( 'When the file holds several. Empty: the first.', 'civic-widgets' ) ),
					text( 'newsTag', __( 'Category of joint news', 'civic-widgets' ), __( 'Empty: the file’s newsTag.', 'civic-widgets' ) ),
					number( 'newsLimit', __( 'Joint news shown', 'civic-widgets' ), '3' ),
					text( 'newsSrc', __( 'News feed address (optional)', 'civic-widgets' ), __( 'Leave empty for this site’s posts.', 'civic-widgets' ) ),
				],
			],
			[
				__( 'Display', 'civic-widgets' ),
				[
					text( 'bilingual', __( 'Two languages side by side', 'civic-widgets' ), __( 'E.g. “pl de”. Empty: one language.', 'civic-widgets' ) ),
					choice( 'order', __( 'Milestones', 'civic-widgets' ), [ byDefault( __( 'Oldest first', 'civic-widgets' ) ), { value: 'newest', label: __( 'Newest first', 'civic-widgets' ) } ] ),
					choice( 'headingLevel', __( 'Title heading level', 'civic-widgets' ), headingLevels( 1, 2 ) ),
					toggle( 'miniMap', __( 'Map of the two cities', 'civic-widgets' ), __( 'Uses the tile server and consent of the settings.', 'civic-widgets' ) ),
				],
			],
		],
	};

	/** The site's categories as checkboxes (for the REST feed of its own posts). */
	function CategoryPicker( { attributes, setAttributes } ) {
		const categories = useSelect( ( select ) => select( 'core' ).getEntityRecords( 'taxonomy', 'category', { per_page: 100, _fields: 'id,name', context: 'view' } ), [] );
		const chosen = attributes.siteCategories || [];
		if ( ! categories ) return el( Spinner );
		return el(
			'fieldset',
			{ className: 'civic-widgets-categories' },
			el( 'legend', null, __( 'Categories of this site', 'civic-widgets' ) ),
			el( 'p', { className: 'components-base-control__help' }, __( 'None ticked: all posts.', 'civic-widgets' ) ),
			categories.map( ( category ) =>
				el( CheckboxControl, {
					key: category.id,
					label: category.name,
					checked: chosen.includes( category.id ),
					onChange: ( on ) => setAttributes( { siteCategories: on ? [ ...chosen, category.id ] : chosen.filter( ( id ) => id !== category.id ) } ),
				} ),
			),
		);
	}

	function Control( { control, attributes, setAttributes } ) {
		if ( control.when && ! control.when( attributes ) ) return null;
		const set = ( value ) => setAttributes( { [ control.name ]: value } );
		switch ( control.kind ) {
			case 'categories':
				return el( CategoryPicker, { attributes, setAttributes } );
			case 'toggle':
				return el( ToggleControl, { label: control.label, help: control.help, checked: Boolean( attributes[ control.name ] ), onChange: ( on ) => set( on || undefined ) } );
			case 'select':
				return el( SelectControl, {
					label: control.label,
					value: shown( attributes[ control.name ] ),
					options: control.options,
					onChange: ( value ) => set( value === '' ? undefined : /^\d+$/.test( value ) && control.name === 'headingLevel' ? Number( value ) : value ),
				} );
			case 'number':
				return el( TextControl, {
					type: 'number',
					label: control.label,
					placeholder: control.placeholder,
					value: shown( attributes[ control.name ] ),
					onChange: ( value ) => {
						const parsed = value === '' ? NaN : Number( value );
						set( Number.isFinite( parsed ) ? ( control.integer ? Math.round( parsed ) : parsed ) : undefined );
					},
				} );
			default:
				return el( TextControl, { label: control.label, help: control.help, value: shown( attributes[ control.name ] ), onChange: ( value ) => set( value.trim() === '' ? undefined : value ) } );
		}
	}

	/** For the map and the panel: a word when the settings have no usable file yet. */
	function FileNotice( { kind, attributes } ) {
		const status = config.files[ kind ];
		if ( attributes.src || status === 'ok' ) return null;
		const message =
			status === 'invalid'
				? __( 'The file chosen in the settings does not match the published format, so it is not used.', 'civic-widgets' )
				: kind === 'attractions'
				? __( 'No attractions file is chosen yet: visitors see nothing until one is.', 'civic-widgets' )
				: __( 'No partnership file is chosen yet: visitors see nothing until one is.', 'civic-widgets' );
		return el(
			Notice,
			{ status: 'warning', isDismissible: false, className: 'civic-widgets-file-notice' },
			message,
			config.settingsUrl ? [ ' ', el( ExternalLink, { key: 'link', href: config.settingsUrl }, __( 'Settings → Civic Widgets', 'civic-widgets' ) ) ] : null,
		);
	}

	function editFor( name ) {
		const kind = { 'attractions-map': 'attractions', 'partnership-panel': 'partnership' }[ name ];
		return function Edit( props ) {
			const { attributes, setAttributes } = props;
			const blockProps = useBlockProps( { className: 'civic-widgets-block' } );
			const preview = useRef();
			useEffect( () => ensureLibrary( preview.current && preview.current.ownerDocument ), [] );
			const panels = [ ...PANELS[ name ](), [ __( 'Advanced', 'civic-widgets' ), advanced() ] ];
			// block.json's types: an integer attribute must not receive 2.5.
			const types = wp.blocks.getBlockType( 'civic-widgets/' + name ).attributes;
			for ( const [ , controls ] of panels ) {
				for ( const control of controls ) control.integer = types[ control.name ] && types[ control.name ].type === 'integer';
			}
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					panels.map( ( [ title, controls ], index ) =>
						el(
							PanelBody,
							{ key: title, title, initialOpen: index === 0 },
							controls.map( ( control, i ) => el( Control, { key: control.name || control.kind + i, control, attributes, setAttributes } ) ),
						),
					),
				),
				el(
					'div',
					blockProps,
					kind ? el( FileNotice, { kind, attributes } ) : null,
					// The preview is for looking: its links and buttons must not take the editor away.
					el( 'div', { ref: preview, className: 'civic-widgets-preview', inert: '' }, el( ServerSideRender, { block: 'civic-widgets/' + name, attributes } ) ),
				),
			);
		};
	}

	for ( const name of Object.keys( PANELS ) ) {
		registerBlockType( 'civic-widgets/' + name, { edit: editFor( name ), save: () => null } );
	}
} )( window.wp, window.civicWidgetsEditor );
