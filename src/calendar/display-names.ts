// Outlook Web Access and some Exchange versions write a zone's *display name* as the TZID, like
// "(UTC-05:00) Eastern Time (US & Canada)" or "(GMT+10:00) Canberra, Melbourne, Sydney". windows-iana
// (from CLDR's windowsZones.xml) maps Windows zone *ids* ("Eastern Standard Time"), not display names,
// so this table maps the city list of each display name to an IANA zone. Keys are lower case without
// the "(UTC+hh:mm)" prefix; older spellings ("Kiev", "Rangoon") are listed beside newer ones.

const TABLE: Record<string, string> = {
  'international date line west': 'Etc/GMT+12',
  'coordinated universal time-11': 'Etc/GMT+11',
  hawaii: 'Pacific/Honolulu',
  alaska: 'America/Anchorage',
  'baja california': 'America/Tijuana',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'pacific time (us & canada); tijuana': 'America/Los_Angeles',
  arizona: 'America/Phoenix',
  'chihuahua, la paz, mazatlan': 'America/Mazatlan',
  'mountain time (us & canada)': 'America/Denver',
  'central america': 'America/Guatemala',
  'central time (us & canada)': 'America/Chicago',
  'guadalajara, mexico city, monterrey': 'America/Mexico_City',
  saskatchewan: 'America/Regina',
  'bogota, lima, quito': 'America/Bogota',
  'bogota, lima, quito, rio branco': 'America/Bogota',
  'eastern time (us & canada)': 'America/New_York',
  'indiana (east)': 'America/Indiana/Indianapolis',
  'atlantic time (canada)': 'America/Halifax',
  caracas: 'America/Caracas',
  'georgetown, la paz, manaus, san juan': 'America/La_Paz',
  santiago: 'America/Santiago',
  newfoundland: 'America/St_Johns',
  brasilia: 'America/Sao_Paulo',
  'brasília': 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  'city of buenos aires': 'America/Argentina/Buenos_Aires',
  'cayenne, fortaleza': 'America/Cayenne',
  greenland: 'America/Nuuk',
  montevideo: 'America/Montevideo',
  'coordinated universal time-02': 'Etc/GMT+2',
  azores: 'Atlantic/Azores',
  'cabo verde is.': 'Atlantic/Cape_Verde',
  'cape verde is.': 'Atlantic/Cape_Verde',
  'coordinated universal time': 'UTC',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'greenwich mean time, dublin, edinburgh, lisbon, london': 'Europe/London',
  'monrovia, reykjavik': 'Atlantic/Reykjavik',
  casablanca: 'Africa/Casablanca',
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'Europe/Berlin',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Europe/Budapest',
  'brussels, copenhagen, madrid, paris': 'Europe/Paris',
  'sarajevo, skopje, warsaw, zagreb': 'Europe/Warsaw',
  'west central africa': 'Africa/Lagos',
  'athens, bucharest': 'Europe/Bucharest',
  'athens, bucharest, istanbul': 'Europe/Bucharest',
  cairo: 'Africa/Cairo',
  'harare, pretoria': 'Africa/Johannesburg',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'Europe/Helsinki',
  'helsinki, kiev, riga, sofia, tallinn, vilnius': 'Europe/Helsinki',
  jerusalem: 'Asia/Jerusalem',
  amman: 'Asia/Amman',
  beirut: 'Asia/Beirut',
  istanbul: 'Europe/Istanbul',
  'kuwait, riyadh': 'Asia/Riyadh',
  baghdad: 'Asia/Baghdad',
  nairobi: 'Africa/Nairobi',
  'moscow, st. petersburg': 'Europe/Moscow',
  'moscow, st. petersburg, volgograd': 'Europe/Moscow',
  tehran: 'Asia/Tehran',
  'abu dhabi, muscat': 'Asia/Dubai',
  baku: 'Asia/Baku',
  kabul: 'Asia/Kabul',
  'islamabad, karachi': 'Asia/Karachi',
  'ashgabat, tashkent': 'Asia/Tashkent',
  tashkent: 'Asia/Tashkent',
  'chennai, kolkata, mumbai, new delhi': 'Asia/Kolkata',
  'sri jayawardenepura': 'Asia/Colombo',
  kathmandu: 'Asia/Kathmandu',
  astana: 'Asia/Almaty',
  dhaka: 'Asia/Dhaka',
  'yangon (rangoon)': 'Asia/Yangon',
  'bangkok, hanoi, jakarta': 'Asia/Bangkok',
  'beijing, chongqing, hong kong, urumqi': 'Asia/Shanghai',
  'kuala lumpur, singapore': 'Asia/Singapore',
  perth: 'Australia/Perth',
  taipei: 'Asia/Taipei',
  'osaka, sapporo, tokyo': 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  adelaide: 'Australia/Adelaide',
  darwin: 'Australia/Darwin',
  brisbane: 'Australia/Brisbane',
  'canberra, melbourne, sydney': 'Australia/Sydney',
  hobart: 'Australia/Hobart',
  'guam, port moresby': 'Pacific/Port_Moresby',
  vladivostok: 'Asia/Vladivostok',
  'auckland, wellington': 'Pacific/Auckland',
  fiji: 'Pacific/Fiji',
  "nuku'alofa": 'Pacific/Tongatapu',
  samoa: 'Pacific/Apia',
};

const PREFIX = /^\(\s*(?:utc|gmt)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*/i;

/** The IANA zone for an Outlook display name, or null. */
export function zoneFromDisplayName(tzid: string): string | null {
  const text = tzid.trim().replace(PREFIX, '').toLowerCase().replace(/\s*;\s*/g, ', ').replace(/\s+/g, ' ');
  return TABLE[text] ?? TABLE[text.replace(/^[^:]*:\s*/, '')] ?? TABLE[text.replace(/:\s*/, ', ')] ?? null;
}

/** A fixed offset in minutes written in the name ("(UTC-03:00) ...", "GMT +0100 (Standard) ..."), or null. */
export function offsetFromName(tzid: string): number | null {
  const m = /(?:utc|gmt)\s*([+-])\s*(\d{1,2}):?(\d{2})?/i.exec(tzid);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? null : (m[1] === '-' ? -1 : 1) * minutes;
}
