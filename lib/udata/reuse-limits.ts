// udata's limits on a reuse's fields (udata/core/reuse/constants.py and models.py), as plain numbers: the form's
// rules, the upstream client's checks and the front server's body limits all read them here (without zod).

export const REUSE_TITLE_MAX = 350;
export const REUSE_DESCRIPTION_MAX = 100_000;
export const REUSE_URL_MAX = 2_048;
export const REUSE_TAG_MAX = 96;
