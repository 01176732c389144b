// ajv-cli's -c hook: read resp's schemas as resp does. common.schema.json has no $id, so it is added
// under its file name (the name the other schemas' $refs use); x-hint is resp's annotation keyword;
// fields with format "date" need ajv-formats.
const path = require('node:path');
const formats = require('ajv-formats');

module.exports = (ajv) => {
  ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
  (formats.default ?? formats)(ajv, ['date']);
  ajv.addSchema(require(path.join(__dirname, '..', 'schemas', 'common.schema.json')), 'common.schema.json');
};
