"""profile: measured sweat sodium

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('profile_entries', sa.Column('sweat_sodium_mmol_l', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('profile_entries') as batch_op:
        batch_op.drop_column('sweat_sodium_mmol_l')
