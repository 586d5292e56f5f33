// Stands in for @noble/ciphers/aes in the PDF bundle (scripts/build.mjs). pdfkit loads it when it
// loads, and the module builds its AES tables then (some 30 ms), only to encrypt a PDF with a
// password, which tt never asks pdfkit to do: an invoice is meant to be opened by the client.
/* global module */
'use strict';
const refuse = () => {
  throw new Error('tt does not encrypt PDF invoices');
};
module.exports = { cbc: refuse, ecb: refuse };
