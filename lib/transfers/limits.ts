/** The longest comment the transfer forms take (udata sets none; this keeps a request small). */
export const TRANSFER_COMMENT_MAX = 1000;
