/**
 * How much text the matcher is given at once, in UTF-16 units: the page layer cuts its chunks near
 * this size so each is scanned within a short slice of time, and folding keeps buffers this large.
 */
export const TEXT_CHUNK_SIZE = 32_768;
