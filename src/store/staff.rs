//! Staff members and their roles.

use sqlx::Row;

use super::{Store, StoreError};
use crate::staff::{Role, StaffMember};

impl Store {
    /// Adds a staff member, or changes the role and languages of one already there.
    pub async fn put_staff(&self, member: &StaffMember, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO staff (user_id, role, languages, added_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id) DO UPDATE SET
                 role = excluded.role, languages = excluded.languages",
        )
        .bind(member.user_id)
        .bind(member.role.name())
        .bind(member.languages.join(","))
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Removes a staff member; returns whether there was one.
    pub async fn remove_staff(&self, user_id: i64) -> Result<bool, StoreError> {
        let removed = sqlx::query("DELETE FROM staff WHERE user_id = $1")
            .bind(user_id)
            .execute(self.writer())
            .await?
            .rows_affected();
        Ok(removed > 0)
    }

    /// The staff member with this Telegram user id, if any: what every staff command
    /// checks, each time.
    pub async fn staff_member(&self, user_id: i64) -> Result<Option<StaffMember>, StoreError> {
        let row = sqlx::query("SELECT user_id, role, languages FROM staff WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(self.reader())
            .await?;
        row.map(|row| member_of(&row)).transpose()
    }

    /// Every staff member, by user id.
    pub async fn staff(&self) -> Result<Vec<StaffMember>, StoreError> {
        let rows = sqlx::query("SELECT user_id, role, languages FROM staff ORDER BY user_id")
            .fetch_all(self.reader())
            .await?;
        rows.iter().map(member_of).collect()
    }
}

fn member_of(row: &sqlx::any::AnyRow) -> Result<StaffMember, StoreError> {
    let role: String = row.try_get("role")?;
    let languages: String = row.try_get("languages")?;
    Ok(StaffMember {
        user_id: row.try_get("user_id")?,
        // The table's CHECK allows only the three names.
        role: Role::parse(&role)
            .map_err(|e| StoreError::Database(sqlx::Error::Decode(e.into())))?,
        languages: languages
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
    })
}
