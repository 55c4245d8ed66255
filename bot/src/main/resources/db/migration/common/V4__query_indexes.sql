-- Indexes for the chat read side (issue 6 commands, measured by the benchmarks of issue 8). V3 is the chat
-- branch's chats/outbox migration; this one is independent of it.

-- /people [today | week]: article_people rows in a time window, counted per person. Without it every /people
-- scanned the whole table (1,000,000 rows: hundreds of ms on H2). (published_at, person_key) lets both databases
-- count from the index alone.
CREATE INDEX article_people_published ON article_people (published_at, person_key);

-- /quotes NAME: a person's newest quotes. The id makes the order total (quotes of one article share published_at),
-- so "newest N" is a backward index scan that stops after N rows instead of sorting all quotes of a busy person.
CREATE INDEX quotes_person_recent ON quotes (person_key, published_at, id);
DROP INDEX quotes_person;
