// Shared by the server (the listener, the stream) and the browser (<LiveRefresh />): imports nothing.

/** The PostgreSQL channel the triggers of migration 0008 notify, with a table's name as the payload. */
export const FIGURES_CHANNEL = 'passerelle_figures';

/** The server-sent-event stream of "figures changed" signals (app/api/live/figures/route.ts). */
export const FIGURES_STREAM_PATH = '/api/live/figures';

/** How often the stream says it is alive; the browser reconnects when it has heard nothing for 3 times that. */
export const HEARTBEAT_SECONDS = 15;

/**
 * A stream ends after this long and the browser opens a new one, so that a session that ended (signed out,
 * disabled, timed out) stops receiving signals within minutes: the stream checks the session only when it opens.
 */
export const STREAM_LIFETIME_SECONDS = 5 * 60;
