// Who sends the invoice: the seller.* config keys, or, until one of them is set, the old free-text
// `invoice.from` read into the same fields. The migration only reads: invoice.from stays in the
// config as the user typed it, and a line it cannot place (a phone number, a web site) is printed
// as it is, so no text of theirs is lost. `tt doctor` prints the `tt config set` commands that move
// it into seller.* for good (src/doctor/seller.ts). Pure.
import { checkBic, checkIban } from '../core/iban.ts';
import { checkVatId } from '../core/vat-id.ts';
import type { ConfigValues } from '../store/config-file.ts';

export interface Seller {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  vatId: string;
  taxNumber: string;
  iban: string;
  bic: string;
  email: string;
  phone: string;
  /** Lines of invoice.from that fit no field, printed as they are. */
  lines: string[];
  /** Where the details came from: the seller.* keys, the old invoice.from text, or nowhere. */
  source: 'seller' | 'invoice.from' | 'none';
}

const FIELDS = ['name', 'street', 'postcode', 'city', 'country', 'vatId', 'taxNumber', 'iban', 'bic', 'email', 'phone'] as const;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function sellerFrom(config: ConfigValues): Seller {
  const fromKeys = Object.fromEntries(FIELDS.map((f) => [f, str(config[`seller.${f}`])])) as Record<(typeof FIELDS)[number], string>;
  if (FIELDS.some((f) => fromKeys[f])) return { ...fromKeys, lines: [], source: 'seller' };
  const from = str(config['invoice.from']);
  if (!from.trim()) return { ...fromKeys, lines: [], source: 'none' };
  return { ...readFreeText(from), source: 'invoice.from' };
}

/**
 * invoice.from's lines ("\n" typed literally is a line break) placed where they fit: the first is the
 * name; a labelled VAT id, tax number, IBAN or BIC, an e-mail address, and "12345 City" go to their
 * fields; the first other line is the street; the rest are kept as lines.
 */
export function readFreeText(text: string): Omit<Seller, 'source'> {
  const s: Omit<Seller, 'source'> = { name: '', street: '', postcode: '', city: '', country: '', vatId: '', taxNumber: '', iban: '', bic: '', email: '', phone: '', lines: [] };
  const lines = text.split(/\\n|\r?\n/).map((l) => l.trim()).filter(Boolean);
  s.name = lines.shift() ?? '';
  for (const line of lines) {
    const labelled = /^(?:(ust-?id(?:nr)?\.?|vat(?:\s*(?:id|no\.?|number|reg\.? no\.?))?|uid)|(steuernummer|st\.?-?nr\.?|tax\s*(?:number|no\.?|id))|(iban)|(bic|swift))\s*[:.]?\s*(.+)$/i.exec(line);
    const value = labelled?.[5] ?? '';
    const vat = labelled?.[1] ? checkVatId(value) : null;
    const iban = checkIban(labelled?.[3] ? value : line);
    const bic = labelled?.[4] ? checkBic(value) : null;
    if (vat?.ok && !s.vatId) s.vatId = vat.id;
    else if (labelled?.[2] && !s.taxNumber) s.taxNumber = value;
    else if (iban.ok && !s.iban) s.iban = iban.iban;
    else if (bic?.ok && !s.bic) s.bic = bic.bic;
    else if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(line) && !s.email) s.email = line;
    else if (!s.city && /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\S/.test(line)) {
      const m = /^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(.+)$/.exec(line)!;
      s.postcode = m[1]!;
      s.city = m[2]!;
    } else if (!s.street && !s.city) s.street = line;
    else s.lines.push(line);
  }
  return s;
}

/** The `tt config set` commands that store invoice.from's fields in seller.* keys. */
export function migrationCommands(seller: Seller): string[] {
  const q = (v: string): string => `'${v.replace(/'/g, `'\\''`)}'`;
  const out = FIELDS.filter((f) => seller[f]).map((f) => `tt config set seller.${f} ${q(seller[f])}`);
  if (seller.lines.length) out.push(`tt config set invoice.payment ${q(seller.lines.join('\\n'))}   # lines that fit no field; or keep them in invoice.footer`);
  return out;
}
