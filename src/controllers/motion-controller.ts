import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Why motion is stopped right now, most decisive first. */
export type MotionPauseReason =
  | 'user'
  | 'reduced-motion'
  | 'hidden'
  | 'offscreen'
  | 'focus'
  | 'hover'
  | 'touch';

export interface MotionControllerOptions {
  /** Called whenever `running` changes (after the host has been asked to re-render). */
  onChange?: (running: boolean) => void;
  /** Called every `interval` ms while running (step-wise motion, e.g. the next headline). */
  tick?: () => void;
  /** Milliseconds between ticks; read each time the timer is (re)started. */
  interval?: () => number;
  /** How long motion stays paused after a touch ends, in ms (default 3000). */
  touchResumeDelay?: number;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Decides when something that moves by itself (a ticker, a carousel) may move: the shape of
 * Shoelace's autoplay controller, extended for WCAG 2.2.2.
 *
 * Motion stops while the pointer is over the host (`mouseenter`), while keyboard focus is
 * inside it (`focusin`), for a moment after a touch, while the host is off-screen
 * (IntersectionObserver), while the tab is hidden (`document.hidden`), whenever the
 * visitor prefers reduced motion (followed live through `matchMedia` change events) and,
 * above all, while the user has paused it with the host's pause button: only the user's
 * play resumes after that.
 *
 * The host reads {@link running} in `render()`/`updated()`; the controller calls
 * `requestUpdate()` whenever it changes, and runs the optional `tick` on a timer only
 * while running.
 */
export class MotionController implements ReactiveController {
  /** The user paused (pause button). Wins over everything: only {@link play} clears it. */
  userPaused = false;
  /** The visitor asks for reduced motion (system setting), followed live. */
  reducedMotion = false;
  hovered = false;
  focused = false;
  touched = false;
  offscreen = false;
  pageHidden = false;

  private readonly options: MotionControllerOptions;
  private media?: MediaQueryList;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setInterval>;
  private touchTimer?: ReturnType<typeof setTimeout>;
  private wasRunning = false;
  private connected = false;

  constructor(
    private readonly host: Host,
    options: MotionControllerOptions = {},
  ) {
    this.options = options;
    host.addController(this);
  }

  /** True when the content may move now. */
  get running(): boolean {
    return this.reason === undefined;
  }

  /** The first reason motion is stopped, or undefined when it runs. */
  get reason(): MotionPauseReason | undefined {
    if (this.userPaused) return 'user';
    if (this.reducedMotion) return 'reduced-motion';
    if (this.pageHidden) return 'hidden';
    if (this.offscreen) return 'offscreen';
    if (this.focused) return 'focus';
    if (this.hovered) return 'hover';
    if (this.touched) return 'touch';
    return undefined;
  }

  hostConnected() {
    this.connected = true;
    this.host.addEventListener('mouseenter', this.onMouseEnter);
    this.host.addEventListener('mouseleave', this.onMouseLeave);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    this.host.addEventListener('touchstart', this.onTouchStart, { passive: true });
    this.host.addEventListener('touchend', this.onTouchEnd, { passive: true });
    this.host.addEventListener('touchcancel', this.onTouchEnd, { passive: true });
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.pageHidden = document.hidden;
    if (typeof matchMedia === 'function') {
      this.media = matchMedia(REDUCED_MOTION);
      this.reducedMotion = this.media.matches;
      this.media.addEventListener('change', this.onMediaChange);
    }
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (entry) this.set('offscreen', !entry.isIntersecting);
      });
      this.observer.observe(this.host);
    }
    this.sync();
  }

  hostDisconnected() {
    this.connected = false;
    this.host.removeEventListener('mouseenter', this.onMouseEnter);
    this.host.removeEventListener('mouseleave', this.onMouseLeave);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.host.removeEventListener('touchstart', this.onTouchStart);
    this.host.removeEventListener('touchend', this.onTouchEnd);
    this.host.removeEventListener('touchcancel', this.onTouchEnd);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.media?.removeEventListener('change', this.onMediaChange);
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.touchTimer);
    this.stopTimer();
    this.hovered = this.focused = this.touched = false;
  }

  /** The user pauses: nothing but {@link play} (or {@link toggle}) resumes. */
  pause() {
    this.set('userPaused', true);
  }

  /** The user resumes (other reasons, like focus inside or reduced motion, still apply). */
  play() {
    this.set('userPaused', false);
  }

  /** Toggles the user's pause; returns the new `userPaused`. */
  toggle(): boolean {
    this.set('userPaused', !this.userPaused);
    return this.userPaused;
  }

  /** Restarts the tick timer (e.g. after a manual step, so the next one waits a full interval). */
  restart() {
    this.stopTimer();
    this.sync();
  }

  private set(
    key: 'userPaused' | 'hovered' | 'focused' | 'touched' | 'offscreen' | 'pageHidden' | 'reducedMotion',
    value: boolean,
  ) {
    if (this[key] === value) return;
    this[key] = value;
    this.sync();
  }

  private sync() {
    const running = this.connected && this.running;
    if (running && this.options.tick && this.timer === undefined) {
      const ms = Math.max(500, this.options.interval?.() ?? 5000);
      this.timer = setInterval(() => this.options.tick?.(), ms);
    } else if (!running) {
      this.stopTimer();
    }
    if (running !== this.wasRunning) {
      this.wasRunning = running;
      this.host.requestUpdate();
      this.options.onChange?.(running);
    } else {
      this.host.requestUpdate();
    }
  }

  private stopTimer() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private onMouseEnter = () => this.set('hovered', true);
  private onMouseLeave = () => this.set('hovered', false);
  private onFocusIn = () => this.set('focused', true);
  private onFocusOut = () => {
    // Focus may be moving to another element inside: decide once it has landed.
    setTimeout(() => this.set('focused', this.host.matches(':focus-within')));
  };
  private onTouchStart = () => {
    clearTimeout(this.touchTimer);
    this.set('touched', true);
  };
  private onTouchEnd = () => {
    clearTimeout(this.touchTimer);
    this.touchTimer = setTimeout(
      () => this.set('touched', false),
      this.options.touchResumeDelay ?? 3000,
    );
  };
  private onVisibilityChange = () => this.set('pageHidden', document.hidden);
  private onMediaChange = (event: MediaQueryListEvent) => this.set('reducedMotion', event.matches);
}
