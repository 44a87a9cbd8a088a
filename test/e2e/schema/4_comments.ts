// Stage 4, the change made AFTER the incident was repaired: a new table.
import { integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { posts } from "./2_posts";

export const comments = pgTable("comments", {
  id: serial("id").primaryKey(),
  postId: integer("post_id")
    .notNull()
    .references(() => posts.id, { onDelete: "cascade" }),
  body: text("body").notNull(),
});
