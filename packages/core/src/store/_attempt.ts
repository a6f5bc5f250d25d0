/**
 * Runs synchronous store work behind the asynchronous interface: the result, or the error thrown,
 * arrives as a settled promise (never as a synchronous throw).
 */
export function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
