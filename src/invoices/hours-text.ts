// Durations as people read them in messages: under an hour in minutes ("15 min"), otherwise hours
// with as many decimals as they need ("8.0 h", "1.25 h"). "0.3 h" for a 15-minute gap says nothing.

export function hoursText(hours: number): string {
  const abs = Math.abs(hours);
  const sign = hours < 0 ? '-' : '';
  if (abs < 1) {
    const min = Math.round(abs * 60);
    return min === 0 && abs > 0 ? `${sign}<1 min` : `${sign}${min} min`;
  }
  const two = abs.toFixed(2);
  return `${sign}${two.endsWith('0') ? abs.toFixed(1) : two} h`;
}
