// Stage 2: posts with an enum, a foreign key and an index.
import { index, integer, pgEnum, pgTable, serial, text } from "drizzle-orm/pg-core";
import { users } from "./1_users";

export const postStatus = pgEnum("post_status", ["draft", "published", "archived"]);

export const posts = pgTable(
  "posts",
  {
    id: serial("id").primaryKey(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: postStatus("status").default("draft").notNull(),
  },
  (t) => [index("posts_author_idx").on(t.authorId)],
);
