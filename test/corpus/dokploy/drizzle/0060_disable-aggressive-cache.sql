-- Custom SQL migration file, put you code below!

UPDATE "admin" SET "cleanupCacheApplications" = false;
