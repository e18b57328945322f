/**
 * Waits, if need be, for the next window of the local rate limiter, so that a burst of requests
 * taking less than `budgetMs` is counted in one window. Miniflare's limiter counts in fixed windows
 * aligned to the wall clock (epoch = floor(now / period)), so a burst that straddles a boundary
 * starts counting again from zero, and a test of the limit would pass or fail by the clock.
 */
export async function startOfRateWindow(periodSeconds: number, budgetMs: number): Promise<void> {
  const period = periodSeconds * 1000
  const left = period - (Date.now() % period)
  if (left < budgetMs) await new Promise((resolve) => setTimeout(resolve, left + 50))
}
