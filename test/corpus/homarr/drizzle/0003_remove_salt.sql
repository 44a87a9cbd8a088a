ALTER TABLE "apiKey" DROP COLUMN "salt";--> statement-breakpoint
ALTER TABLE "user" DROP COLUMN "salt";