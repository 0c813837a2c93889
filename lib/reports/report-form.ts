/** The longest message a report form takes: a no-JavaScript error sends it back in the URL (see app/reuses/[slug]/signaler). */
export const REPORT_MESSAGE_MAX = 1000;

/** A report form's request id (`crypto.randomUUID()` without dashes): one per submission, carried by its retries. */
export const REPORT_REQUEST_ID = /^[0-9a-f]{32}$/;

export const newRequestId = () => crypto.randomUUID().replaceAll("-", "");
