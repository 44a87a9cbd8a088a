ALTER TABLE "threads" ALTER COLUMN "name" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "threads" ALTER COLUMN "name" DROP NOT NULL;