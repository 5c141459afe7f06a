"""users: journal revision, bumped by every journal write (cached analyses check it)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('users', sa.Column('journal_rev', sa.Integer(), server_default='0',
                                     nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_column('journal_rev')
