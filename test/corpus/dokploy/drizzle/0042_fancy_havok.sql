ALTER TABLE "auth" ADD COLUMN "confirmationToken" text;--> statement-breakpoint
ALTER TABLE "auth" ADD COLUMN "confirmationExpiresAt" text;