/**
 * Vocabulary changes bump the program's catalog revision too, so everything cached per revision
 * (the directory index, loaded vocabularies) is rebuilt after a label or term changes.
 */
export const sql = /* sql */ `
CREATE TRIGGER taxonomy_terms_inserted AFTER INSERT ON taxonomy_terms
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER taxonomy_terms_updated AFTER UPDATE ON taxonomy_terms
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER taxonomy_terms_deleted AFTER DELETE ON taxonomy_terms
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
`;
