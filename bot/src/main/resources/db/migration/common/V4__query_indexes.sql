-- Indexes for the chat read side (storage.JdbcChatQueries: /quotes NAME and /people), found missing by the
-- query benchmarks of issue 8 (1,000,000 quotes, 100,000 people; docs/benchmarks-draft.md).

-- /people [today | week]: article_people rows in a time window. Without it every /people scanned the whole table
-- (1,000,000 rows). With person_key in it the window's rows are read from the index.
CREATE INDEX article_people_published ON article_people (published_at, person_key);

-- /quotes NAME: a person's newest quotes, ORDER BY published_at DESC, id DESC. With the id in the index the order
-- is the index's (quotes of one article share published_at), so "newest N" is a backward index scan that stops
-- after N rows instead of sorting all quotes of a busy person.
CREATE INDEX quotes_person_recent ON quotes (person_key, published_at, id);
DROP INDEX quotes_person;
