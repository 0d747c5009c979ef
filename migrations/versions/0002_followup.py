"""Follow-up engine: rule settings, drafts for review, the outbox and its delivery attempts.

New tables only; nothing existing changes. Timestamps are naive UTC like 0001's.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:33:43.922337

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('followup_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=True),
    sa.Column('rules', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('templates', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('smtp_url', sa.String(length=500), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_followup_settings_org_id_organizations')),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_followup_settings_show_id_shows')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_settings')),
    sa.UniqueConstraint('org_id', 'show_id', name='uq_followup_settings_org_show')
    )
    with op.batch_alter_table('followup_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_settings_org_id'), ['org_id'], unique=False)
        batch_op.create_index('uq_followup_settings_org_default', ['org_id'], unique=True,
                              sqlite_where=sa.text('show_id IS NULL'), postgresql_where=sa.text('show_id IS NULL'))

    op.create_table('followup_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('zone', sa.String(length=64), nullable=False),
    sa.Column('to_email', sa.String(length=254), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('inline_media', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('attachments', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('facts', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('due_pinned', sa.Boolean(), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_followup_drafts_approved_by_id_users')),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], name=op.f('fk_followup_drafts_lead_id_leads')),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_followup_drafts_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_drafts')),
    sa.UniqueConstraint('lead_id', 'kind', 'step', name='uq_followup_drafts_lead_kind_step')
    )
    with op.batch_alter_table('followup_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_drafts_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_drafts_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_drafts_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_drafts_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_drafts_status'), ['status'], unique=False)

    op.create_table('outbox_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('from_email', sa.String(length=254), nullable=False),
    sa.Column('to_email', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('claim_token', sa.String(length=36), nullable=True),
    sa.Column('claimed_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['followup_drafts.id'], name=op.f('fk_outbox_messages_draft_id_followup_drafts')),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], name=op.f('fk_outbox_messages_lead_id_leads')),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_outbox_messages_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages')),
    sa.UniqueConstraint('draft_id', name=op.f('uq_outbox_messages_draft_id')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_messages_message_id'))
    )
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_messages_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_status'), ['status'], unique=False)

    op.create_table('outbox_attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox_messages.id'], name=op.f('fk_outbox_attempts_outbox_id_outbox_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_attempts'))
    )
    with op.batch_alter_table('outbox_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_attempts_outbox_id'), ['outbox_id'], unique=False)



def downgrade():
    with op.batch_alter_table('outbox_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_attempts_outbox_id'))

    op.drop_table('outbox_attempts')
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_messages_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_messages_org_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_messages_lead_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_messages_due_at'))

    op.drop_table('outbox_messages')
    with op.batch_alter_table('followup_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followup_drafts_status'))
        batch_op.drop_index(batch_op.f('ix_followup_drafts_org_id'))
        batch_op.drop_index(batch_op.f('ix_followup_drafts_lead_id'))
        batch_op.drop_index(batch_op.f('ix_followup_drafts_due_at'))
        batch_op.drop_index(batch_op.f('ix_followup_drafts_created_at'))

    op.drop_table('followup_drafts')
    with op.batch_alter_table('followup_settings', schema=None) as batch_op:
        batch_op.drop_index('uq_followup_settings_org_default')
        batch_op.drop_index(batch_op.f('ix_followup_settings_org_id'))

    op.drop_table('followup_settings')
