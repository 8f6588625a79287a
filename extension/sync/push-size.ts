/** Changes per push: well under the server's 1,000 and its 1 MB body limit. */
export const PUSH_BATCH = 500;
