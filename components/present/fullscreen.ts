/** Full screen on or off. Browsers refuse it without a user gesture or in some embeds: then nothing happens. */
export function toggleFullscreen(): void {
  if (!document.fullscreenEnabled) return;
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch(() => undefined);
}
